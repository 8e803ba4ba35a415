using BenchmarkDotNet.Running;

// `memory`: the dataset's bytes per triple (see Rdf/RdfMemoryReport.cs); BenchmarkDotNet cannot report it.
if (args is ["memory"])
{
    Graph.Benchmarks.Rdf.RdfMemoryReport.Run();
    return;
}

// Every benchmark class of this assembly; choose with --filter, e.g. `--filter '*NTriples*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
