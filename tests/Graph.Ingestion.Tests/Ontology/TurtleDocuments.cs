using System.Diagnostics;
using System.Text.RegularExpressions;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax;
using Graph.Testing;

namespace Graph.Ingestion.Tests.Ontology;

/// <summary>
/// Loads the project's Turtle documents with the project's Turtle reader when it exists, else with
/// rapper (raptor2-utils), an independent parser; skips the test when neither is there.
/// </summary>
internal static partial class TurtleDocuments
{
    public static string PathOf(string relative)
    {
        Assert.SkipWhen(SharedData.RepositoryRoot is null, "the repository root (the folder with Graph.sln) is not above the test binaries");
        return Path.Combine(SharedData.RepositoryRoot!, relative);
    }

    public static Dataset Load(string relative)
    {
        var path = PathOf(relative);
        var dataset = new Dataset();
        IRdfReader reader;
        try
        {
            reader = RdfFormats.CreateReader(RdfFormat.Turtle);
        }
        catch (NotSupportedException)
        {
            return LoadWithRapper(path);
        }

        using var text = File.OpenText(path);
        reader.Read(text, dataset, new RdfReaderOptions { SourceName = path });
        return dataset;
    }

    private static Dataset LoadWithRapper(string path)
    {
        var start = new ProcessStartInfo("rapper", ["-q", "-i", "turtle", "-o", "ntriples", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("neither a Turtle reader in Graph.Rdf nor rapper (apt-get install raptor2-utils) is available");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"rapper rejects {path}: {error}");
            var dataset = new Dataset();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                dataset.Add(ParseLine(line));
            }

            return dataset;
        }
    }

    // rapper writes one triple a line; lexical forms are kept escaped, which is enough for these tests.
    private static Triple ParseLine(string line)
    {
        var match = NTriplesLine().Match(line);
        Assert.True(match.Success, "unexpected rapper output: " + line);
        return new Triple(ParseTerm(match.Groups["s"].Value), Iri.Parse(match.Groups["p"].Value), ParseTerm(match.Groups["o"].Value));
    }

    private static Term ParseTerm(string text)
    {
        if (text.StartsWith('<'))
        {
            return Iri.Parse(text[1..^1]);
        }

        if (text.StartsWith("_:", StringComparison.Ordinal))
        {
            return new BlankNode(text[2..]);
        }

        var literal = LiteralTerm().Match(text);
        Assert.True(literal.Success, "unexpected rapper literal: " + text);
        var lexical = literal.Groups["lex"].Value;
        if (literal.Groups["lang"].Success)
        {
            return Literal.LangString(lexical, literal.Groups["lang"].Value);
        }

        return literal.Groups["dt"].Success ? Literal.Typed(lexical, Iri.Parse(literal.Groups["dt"].Value)) : Literal.String(lexical);
    }

    [GeneratedRegex("""^(?<s><[^>]*>|_:\S+) <(?<p>[^>]*)> (?<o>.+) \.$""")]
    private static partial Regex NTriplesLine();

    [GeneratedRegex("""^"(?<lex>(?:[^"\\]|\\.)*)"(?:@(?<lang>[A-Za-z0-9-]+)|\^\^<(?<dt>[^>]*)>)?$""")]
    private static partial Regex LiteralTerm();
}
