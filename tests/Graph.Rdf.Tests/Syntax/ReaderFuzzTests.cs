using System.Diagnostics;
using System.Text;
using Graph.Rdf.Syntax;
using Graph.Rdf.Tests.Conformance;
using Graph.Testing;

namespace Graph.Rdf.Tests.Syntax;

/// <summary>
/// Mutates the W3C suite files of each registered reader (bit flips, cuts, insertions of bytes and of
/// syntax-significant fragments) from a fixed seed, for a fixed number of mutants within a time budget, and
/// checks that every outcome is either a graph or <see cref="RdfSyntaxException"/>: no other exception, no hang.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int Seed = 20261127;
    private const int MutantsPerReader = 3000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    private static readonly string[] Fragments =
    [
        "<", ">", "<<", ">>", "<<(", ")>>", "{|", "|}", "~", "[", "]", "(", ")", "{", "}", "\"", "'", "\"\"\"", "\\", "\\u", "\\U0011FFFF",
        "@", "@prefix", "PREFIX", "GRAPH", "^^", ".", ";", ",", ":", "_:", "#", "\n", "\r", "\0", "\uD800", "\uFFFF", "🦆",
        "<?xml", "</", "/>", "rdf:", "&", "&amp;", "]]>", "<!--", "{\"@id\":", "\"@context\"", "[[[[[[[[", "((((((((",
    ];

    public static TheoryData<string> Formats()
    {
        var data = new TheoryData<string>();
        foreach (var info in RdfFormats.All)
        {
            data.Add(info.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Mutated_suite_files_give_a_graph_or_a_syntax_error(string formatName)
    {
        RdfFormats.TryParse(formatName, out var format);
        var reader = ConformanceSuites.Registered(format);
        Assert.SkipWhen(reader is null, $"no {formatName} reader is registered yet");
        var seeds = SeedFiles(format);
        Assert.SkipWhen(seeds.Count == 0, $"no {formatName} files in the shared conformance folder");

        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var tried = 0;
        for (; tried < MutantsPerReader && clock.Elapsed < Budget; tried++)
        {
            var original = seeds[random.Next(seeds.Count)];
            var mutant = Mutate(original.Bytes, random);
            var problem = Outcome(reader, mutant);
            Assert.True(problem is null, $"{formatName} reader, mutant {tried} of {original.Name}: {problem}\n--- input ---\n{Encoding.UTF8.GetString(mutant)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{formatName}: {tried} mutants of {seeds.Count} files, all a graph or RdfSyntaxException");
    }

    /// <summary>Null when the reader gave a graph or its own syntax error; otherwise what went wrong.</summary>
    private static string? Outcome(IRdfReader reader, byte[] input)
    {
        var run = Task.Run(() =>
        {
            try
            {
                using var text = new StreamReader(new MemoryStream(input), Encoding.UTF8);
                reader.Read(text, new QuadCollector(), new RdfReaderOptions { BaseIri = Iri.Parse("http://example.org/fuzz/doc"), SourceName = "mutant" });
                return null;
            }
            catch (RdfSyntaxException)
            {
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return $"threw {e.GetType().FullName}: {e.Message}\n{e.StackTrace}";
            }
        });
        return run.Wait(HangLimit) ? run.Result : $"no answer within {HangLimit.TotalSeconds} s (a hang)";
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
            switch (random.Next(5))
            {
                case 0 when bytes.Count > 0:
                    var flip = random.Next(bytes.Count);
                    bytes[flip] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at == bytes.Count ? at - 1 : at, Math.Min(random.Next(1, 40), bytes.Count - Math.Min(at, bytes.Count - 1)));
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                default:
                    var noise = new byte[random.Next(1, 8)];
                    random.NextBytes(noise);
                    bytes.InsertRange(at, noise);
                    break;
            }
        }

        return [.. bytes];
    }

    private static List<(string Name, byte[] Bytes)> SeedFiles(RdfFormat format)
    {
        if (SharedData.Root is null)
        {
            return [];
        }

        var folders = new[] { "conformance/w3c-rdf-tests/rdf", "conformance/json-ld-api/tests/toRdf" }
            .Select(f => Path.Combine(SharedData.Root, f))
            .Where(Directory.Exists);
        return folders
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(path => !Path.GetFileName(path).Contains("manifest", StringComparison.OrdinalIgnoreCase)
                && RdfFormats.TryFromPath(path, out var f) && f == format)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
    }
}
