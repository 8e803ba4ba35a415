using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Results;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>An expected result: a boolean, solutions (variable → term), or a graph.</summary>
internal sealed record ExpectedResult(bool? Boolean, IReadOnlyList<Dictionary<string, Term>>? Solutions, IReadOnlyList<Triple>? Graph, bool LexicalOnly = false);

/// <summary>
/// Reads the expected results of the test suites through the library's readers
/// (<see cref="SparqlResultsReader"/>: XML, JSON, TSV, CSV, and rs: result sets in RDF); an RDF file
/// that holds no result set is the expected graph of a CONSTRUCT or DESCRIBE.
/// </summary>
internal static class ResultFiles
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public static ExpectedResult Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".srx" or ".srj" or ".tsv" or ".csv"))
        {
            var triples = RdfFiles.ReadTriples(path);
            var resultSetType = Iri.Parse(Rs + "ResultSet");
            if (!triples.Any(t => t.Predicate == Vocab.Rdf.Type && t.Object == resultSetType))
            {
                return new ExpectedResult(null, null, triples);
            }
        }

        var results = SparqlResultsReader.ReadFile(path);
        if (results.IsBoolean)
        {
            return new ExpectedResult(results.Boolean, null, null);
        }

        var rows = results.Rows.Select(row =>
        {
            var values = new Dictionary<string, Term>(StringComparer.Ordinal);
            for (var i = 0; i < results.Variables.Count; i++)
            {
                if (row[i] is { } value)
                {
                    values[results.Variables[i]] = value;
                }
            }

            return values;
        }).ToList();

        // CSV keeps only lexical forms, so it is compared on them.
        return new ExpectedResult(null, rows, null, LexicalOnly: extension == ".csv");
    }

    public static string Format(IReadOnlyList<Dictionary<string, Term>> rows) =>
        string.Join("\n", rows.Select(r => string.Join(" ", r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => "?" + p.Key + "=" + p.Value))));
}
