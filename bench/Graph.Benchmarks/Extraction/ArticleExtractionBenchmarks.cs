using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Graph.Extraction;
using Graph.Extraction.Model;

namespace Graph.Benchmarks.Extraction;

/// <summary>
/// Extraction throughput on news text: the project's sample articles (and the shared seed article and
/// GUM news texts when ../shared is there) repeated into a corpus of about 1 MB, extracted as one long
/// article, and one short article alone. The MB/s column divides the UTF-8 size by the mean time.
/// Run: <c>dotnet run -c Release --project bench/Graph.Benchmarks -- --filter '*ArticleExtraction*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ArticleExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private Article _corpus = null!;
    private Article _short = null!;

    /// <summary>UTF-8 bytes of the input of each benchmark, for the MB/s column.</summary>
    internal static readonly Dictionary<string, long> Bytes = new(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var texts = SourceTexts();
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            foreach (var text in texts)
            {
                builder.Append(text).Append("\n\n");
            }
        }

        _corpus = new Article("corpus", null, new DateOnly(2015, 1, 19), builder.ToString());
        _short = new Article("short", null, new DateOnly(2015, 1, 19), texts[0]);
        Bytes[nameof(ExtractOneMegabyteCorpus)] = Encoding.UTF8.GetByteCount(_corpus.Text);
        Bytes[nameof(ExtractShortArticle)] = Encoding.UTF8.GetByteCount(_short.Text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "kg-extraction-bench-bytes.txt"),
            string.Join('\n', Bytes.Select(b => $"{b.Key}\t{b.Value}")));
    }

    [Benchmark]
    public int ExtractOneMegabyteCorpus() => _extractor.Extract(_corpus).Entities.Count;

    [Benchmark]
    public int ExtractShortArticle() => _extractor.Extract(_short).Entities.Count;

    private static List<string> SourceTexts()
    {
        var root = FindRepositoryRoot() ?? throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
        var texts = Directory.GetFiles(Path.Combine(root, "samples", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var shared = Path.Combine(root, "..", "shared");
        var seed = Path.Combine(shared, "seed", "article.txt");
        if (File.Exists(seed))
        {
            texts.Insert(0, File.ReadAllText(seed));
        }

        var gum = Path.Combine(shared, "corpora", "gum-news-dev");
        if (Directory.Exists(gum))
        {
            texts.AddRange(Directory.GetFiles(gum, "*.conllu").Order(StringComparer.Ordinal).Select(f => Graph.Extraction.Evaluation.ConlluDocument.Load(f).Text));
        }

        return texts;
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>Input size over mean time. The size comes from the file the benchmark process wrote in its setup.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes of input extracted per second (mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var sizes = Path.Combine(Path.GetTempPath(), "kg-extraction-bench-bytes.txt");
            if (report?.ResultStatistics is not { } statistics || !File.Exists(sizes))
            {
                return "?";
            }

            var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
            var line = File.ReadAllLines(sizes).FirstOrDefault(l => l.StartsWith(name + "\t", StringComparison.Ordinal));
            if (line is null)
            {
                return "?";
            }

            var bytes = long.Parse(line[(name.Length + 1)..], CultureInfo.InvariantCulture);
            return (bytes / 1e6 / (statistics.Mean / 1e9)).ToString("0.00", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
