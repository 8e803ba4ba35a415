using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; choose with --filter, e.g. `--filter '*NTriples*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
