using System.Diagnostics;
using System.Text;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.NTriples;
using Graph.Rdf.Syntax.Turtle;
using Graph.Rdf.Tests.Syntax.NTriples;

namespace Graph.Rdf.Tests.Syntax;

/// <summary>
/// The writers' property test (issue 2): random hostile graphs written as Turtle and as N-Triples
/// are read back by rapper, a parser nobody here wrote, and must be isomorphic to the original;
/// and our own readers read back what our writers write, including what rapper cannot take.
/// </summary>
public sealed class HostileRoundTripTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Turtle_read_back_by_rapper_is_the_same_graph(int seed)
    {
        var graph = new HostileGraphs(seed, forRapper: true).NextGraph(60);

        var turtle = Write(new TurtleWriter(new StringWriter(), new RdfWriterOptions { Prefixes = HostileGraphs.Prefixes }), graph, out var text);
        _ = turtle;
        var back = Rapper.ReadAsNTriples(text, "turtle");

        Assert.True(GraphIsomorphism.AreIsomorphic(graph, back), GraphIsomorphism.Difference(graph, back) + "\n--- written ---\n" + text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NTriples_read_back_by_rapper_is_the_same_graph(int seed)
    {
        var graph = new HostileGraphs(seed, forRapper: true).NextGraph(60);

        Write(new NTriplesWriter(new StringWriter()), graph, out var text);
        var back = Rapper.ReadAsNTriples(text, "ntriples");

        Assert.True(GraphIsomorphism.AreIsomorphic(graph, back), GraphIsomorphism.Difference(graph, back) + "\n--- written ---\n" + text);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Our_readers_read_back_what_our_writers_write(int seed)
    {
        var graph = new HostileGraphs(seed, forRapper: false).NextGraph(60);

        Write(new NTriplesWriter(new StringWriter()), graph, out var ntriples);
        Write(new TurtleWriter(new StringWriter(), new RdfWriterOptions { Prefixes = HostileGraphs.Prefixes }), graph, out var turtle);

        var fromNTriples = Read(new NTriplesReader(), ntriples);
        var fromTurtle = Read(new TurtleReader(), turtle);
        Assert.True(GraphIsomorphism.AreIsomorphic(graph, fromNTriples), GraphIsomorphism.Difference(graph, fromNTriples));
        Assert.True(GraphIsomorphism.AreIsomorphic(graph, fromTurtle), GraphIsomorphism.Difference(graph, fromTurtle) + "\n--- written ---\n" + turtle);
    }

    [Fact]
    public void Iris_that_are_not_valid_are_refused_by_both_writers_and_nothing_is_written()
    {
        var generator = new HostileGraphs(99, forRapper: false);
        var refused = 0;
        for (var i = 0; i < 300; i++)
        {
            var text = generator.NextIriText();
            if (Iri.TryParse(text, out _, out _))
            {
                continue;
            }

            refused++;
            var iri = Iri.FromTrusted(text);
            var triple = new Triple(iri, iri, iri);
            var ntriples = new StringWriter();
            var turtle = new StringWriter();
            var percentOnly = text.Contains("%zz", StringComparison.Ordinal) && IsFreeOfForbiddenCharacters(text);
            if (percentOnly)
            {
                // A malformed percent escape is still a legal IRIREF: the writers pass it through unchanged.
                continue;
            }

            Assert.Throws<RdfWriteException>(() => new NTriplesWriter(ntriples).HandleTriple(triple));
            var writer = new TurtleWriter(turtle);
            writer.HandleTriple(triple);
            Assert.Throws<RdfWriteException>(writer.EndRdf);
            Assert.Equal(string.Empty, ntriples.ToString() + turtle);
        }

        Assert.True(refused > 50, $"only {refused} invalid IRIs were generated");
    }

    private static bool IsFreeOfForbiddenCharacters(string text) =>
        !text.Any(c => c <= ' ' || "<>\"{}|\\^`".Contains(c, StringComparison.Ordinal));

    private static IRdfWriter Write(IRdfWriter writer, IEnumerable<Triple> graph, out string text)
    {
        var output = new StringWriter();
        writer = writer switch
        {
            TurtleWriter => new TurtleWriter(output, new RdfWriterOptions { Prefixes = HostileGraphs.Prefixes }),
            _ => new NTriplesWriter(output),
        };
        foreach (var triple in graph)
        {
            writer.HandleTriple(triple);
        }

        writer.EndRdf();
        text = output.ToString();
        return writer;
    }

    private static List<Triple> Read(IRdfReader reader, string text)
    {
        var sink = new CollectingSink();
        reader.Read(new StringReader(text), sink);
        return sink.Quads.Select(q => q.Triple).ToList();
    }
}

/// <summary>Runs rapper (apt package raptor2-utils); skips the calling test when it is not installed.</summary>
internal static class Rapper
{
    private static readonly Lazy<string?> s_path = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "rapper"))
            .FirstOrDefault(File.Exists));

    public static List<Triple> ReadAsNTriples(string document, string syntax)
    {
        Assert.SkipWhen(s_path.Value is null, "rapper is not installed (apt-get install raptor2-utils)");
        var file = Path.Combine(Path.GetTempPath(), $"kg-hostile-{Guid.NewGuid():N}.{(syntax == "turtle" ? "ttl" : "nt")}");
        File.WriteAllText(file, document, new UTF8Encoding(false));
        try
        {
            var start = new ProcessStartInfo(s_path.Value!, ["-q", "-i", syntax, "-o", "ntriples", file, "http://base.invalid/"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "rapper did not finish within 60 s");
            Assert.True(process.ExitCode == 0, $"rapper rejected the document: {stderr.Result}\n--- document ---\n{document}");
            var sink = new CollectingSink();
            new NTriplesReader().Read(new StringReader(stdout), sink);
            return sink.Quads.Select(q => q.Triple).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
