using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Benchmarks.Rdf;

/// <summary>
/// The short job the RDF benchmarks share: one launch, one warm-up and three measured iterations, run
/// in process (on a loaded shared machine, building a separate benchmark executable can outlast
/// BenchmarkDotNet's two-minute build limit).
/// </summary>
public sealed class RdfBenchmarkConfig : ManualConfig
{
    public RdfBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("ShortInProcess"));
    }
}
