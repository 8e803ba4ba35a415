using System.Text;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.JsonLd;
using Graph.Testing;

namespace Graph.Rdf.Tests.Syntax.JsonLd;

/// <summary>
/// Arbitrary bytes never crash the JSON-LD reader: the suite's inputs, mutated (bit flips, cuts,
/// insertions) with a fixed seed, give either quads or the reader's own error.
/// </summary>
public sealed class JsonLdReaderFuzzTests
{
    private const int Budget = 5000;

    private static readonly string[] Insertions = ["{", "}", "[", "]", "\"", ":", ",", "@context", "@id", "@type", "@list", "@graph", "@reverse", "@value", "null", "1e400", "\"_:b\"", "\"@\"", "\\u0000"];

    [Fact]
    public void Mutated_suite_inputs_give_quads_or_a_syntax_error()
    {
        var suite = SharedData.PathOf("conformance/json-ld-api/tests");
        var inputs = new[] { "toRdf", "expand" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(suite, folder), "*-in.jsonld").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var random = new Random(20261127);
        var options = new JsonLdOptions { DocumentLoader = new LocalFolderDocumentLoader("https://w3c.github.io/json-ld-api/tests/", suite) };
        var reader = new JsonLdReader(options);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Budget; i++)
        {
            var original = inputs[random.Next(inputs.Count)];
            var mutated = Mutate(original, random);
            string outcome;
            try
            {
                reader.Read(new StringReader(mutated), new CollectingSink(), new RdfReaderOptions { BaseIri = Iri.Parse("https://w3c.github.io/json-ld-api/tests/toRdf/fuzz.jsonld") });
                outcome = "quads";
            }
            catch (RdfSyntaxException)
            {
                outcome = "syntax error";
            }
            catch (Exception e)
            {
                Assert.Fail($"mutation {i} crashed the reader with {e.GetType().Name}: {e.Message}\ninput:\n{mutated}\n{e.StackTrace}");
                return;
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        // Both outcomes occur, so the mutations reach past the JSON parser into the JSON-LD algorithms.
        Assert.True(outcomes.GetValueOrDefault("quads") > 0 && outcomes.GetValueOrDefault("syntax error") > 0, string.Join(", ", outcomes));
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var position = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb[position] = (char)(sb[position] ^ (1 << random.Next(7)));
                    break;
                case 1:
                    sb.Length = position;
                    break;
                case 2:
                    sb.Insert(position, Insertions[random.Next(Insertions.Length)]);
                    break;
                default:
                    sb.Remove(position, Math.Min(sb.Length - position, 1 + random.Next(8)));
                    break;
            }
        }

        return sb.ToString();
    }
}
