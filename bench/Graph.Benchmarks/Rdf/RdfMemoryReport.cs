using System.Diagnostics;
using System.Text;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax.NTriples;

namespace Graph.Benchmarks.Rdf;

/// <summary>
/// <c>memory</c> mode: loads the news N-Triples file into a <see cref="Dataset"/> straight from the
/// reader and prints the managed heap it holds per triple (dictionary and all four indexes, after a
/// full collection), the load rate, and the peak working set of streaming the file through the reader.
/// </summary>
public static class RdfMemoryReport
{
    public static void Run()
    {
        var path = NewsData.NTriplesPath();
        Collect();
        var baseline = GC.GetTotalMemory(true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var dataset = new Dataset();
        using (var input = new StreamReader(path, new UTF8Encoding(false, true), false, 1 << 16))
        {
            new NTriplesReader().Read(input, dataset);
        }

        dataset.Optimize();
        var wall = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Collect();
        var held = GC.GetTotalMemory(true) - baseline;
        Console.WriteLine($"dataset: {dataset.Count:N0} quads, {dataset.Terms.Count:N0} terms");
        Console.WriteLine($"  managed heap held: {held / 1048576.0:F1} MiB = {held / (double)dataset.Count:F1} bytes/triple (target <= 64)");
        Console.WriteLine($"  of which indexes and dictionary by their own count: {dataset.AllocatedBytes / (double)dataset.Count:F1} bytes/triple");
        Console.WriteLine($"  load (parse + add + index): {wall:F2} s wall, {cpuSeconds:F2} s CPU = {dataset.Count / cpuSeconds / 1e6:F2} M triples per CPU-second");
        GC.KeepAlive(dataset);
        dataset = null;
        Collect();

        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        using (var input = new StreamReader(path, new UTF8Encoding(false, true), false, 1 << 16))
        {
            new NTriplesReader().Read(input, new NewsData.CountingSink());
        }

        Console.WriteLine($"streaming parse: peak working set of the process {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB (was {before / 1048576.0:F0} MiB before)");
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
