using System.Text;
using System.Text.RegularExpressions;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.NTriples;
using Graph.Testing;

namespace Graph.Rdf.Tests.Syntax.NTriples;

/// <summary>
/// Quick checks against the W3C files (the full manifest-driven run is the conformance runner's):
/// every file named "bad" is rejected, every other one is read, and the canonicalisation tests
/// give byte for byte the expected output.
/// </summary>
public sealed partial class NTriplesSuiteFileTests
{
    [Theory]
    [InlineData("w3c-rdf-tests/rdf/rdf11/rdf-n-triples", "*.nt")]
    [InlineData("w3c-rdf-tests/rdf/rdf12/rdf-n-triples/syntax", "*.nt")]
    [InlineData("w3c-rdf-tests/rdf/rdf11/rdf-n-quads", "*.nq")]
    [InlineData("w3c-rdf-tests/rdf/rdf12/rdf-n-quads/syntax", "*.nq")]
    public void Good_files_are_read_and_bad_files_are_rejected(string folder, string pattern)
    {
        var directory = SharedData.PathOf("conformance/" + folder);
        var failures = new List<string>();
        var files = Directory.GetFiles(directory, pattern);
        foreach (var file in files)
        {
            var bad = Path.GetFileName(file).Contains("-bad-", StringComparison.Ordinal);
            var outcome = TryRead(file);
            if (bad && outcome is null)
            {
                failures.Add($"{Path.GetFileName(file)}: accepted, but it is a negative test");
            }
            else if (!bad && outcome is not null)
            {
                failures.Add($"{Path.GetFileName(file)}: {outcome}");
            }
        }

        Assert.NotEmpty(files);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("w3c-rdf-tests/rdf/rdf12/rdf-n-triples/c14n")]
    [InlineData("w3c-rdf-tests/rdf/rdf12/rdf-n-quads/c14n")]
    public void Canonicalisation_tests_give_the_expected_bytes(string folder)
    {
        var directory = SharedData.PathOf("conformance/" + folder);
        var manifest = File.ReadAllText(Path.Combine(directory, "manifest.ttl"));
        var failures = new List<string>();
        var count = 0;
        foreach (Match test in C14nTest().Matches(manifest))
        {
            count++;
            var action = Path.Combine(directory, test.Groups["action"].Value);
            var expected = File.ReadAllText(Path.Combine(directory, test.Groups["result"].Value), Encoding.UTF8);
            var output = new StringWriter();
            IRdfWriter writer = action.EndsWith(".nq", StringComparison.Ordinal) ? new NQuadsWriter(output) : new NTriplesWriter(output);
            IRdfReader reader = action.EndsWith(".nq", StringComparison.Ordinal) ? new NQuadsReader() : new NTriplesReader();
            using (var input = File.OpenText(action))
            {
                reader.Read(input, writer);
            }

            if (output.ToString() != expected)
            {
                failures.Add($"{test.Groups["action"].Value}:\n  expected {expected}  actual   {output}");
            }
        }

        Assert.True(count > 30, $"only {count} c14n tests found in the manifest");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string? TryRead(string file)
    {
        IRdfReader reader = file.EndsWith(".nq", StringComparison.Ordinal) ? new NQuadsReader() : new NTriplesReader();
        try
        {
            using var input = File.OpenText(file);
            reader.Read(input, new CollectingSink(), new RdfReaderOptions { SourceName = file });
            return null;
        }
        catch (RdfSyntaxException e)
        {
            return e.Message;
        }
    }

    [GeneratedRegex(@"mf:action\s*<(?<action>[^>]+)>\s*;\s*mf:result\s*<(?<result>[^>]+)>")]
    private static partial Regex C14nTest();
}
