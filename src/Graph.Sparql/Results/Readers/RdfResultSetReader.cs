using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Results;

/// <summary>
/// Reads a result set expressed in RDF with the DAWG test vocabulary
/// (<c>http://www.w3.org/2001/sw/DataAccess/tests/result-set#</c>): <c>rs:resultVariable</c>, <c>rs:solution</c>
/// with <c>rs:binding</c> (<c>rs:variable</c>, <c>rs:value</c>) and an optional <c>rs:index</c>, or <c>rs:boolean</c>.
/// </summary>
internal static class RdfResultSetReader
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
    private static readonly Iri ResultSet = Iri.FromTrusted(Rs + "ResultSet");
    private static readonly Iri ResultVariable = Iri.FromTrusted(Rs + "resultVariable");
    private static readonly Iri Solution = Iri.FromTrusted(Rs + "solution");
    private static readonly Iri Binding = Iri.FromTrusted(Rs + "binding");
    private static readonly Iri Variable = Iri.FromTrusted(Rs + "variable");
    private static readonly Iri Value = Iri.FromTrusted(Rs + "value");
    private static readonly Iri Index = Iri.FromTrusted(Rs + "index");
    private static readonly Iri BooleanProperty = Iri.FromTrusted(Rs + "boolean");

    public static SparqlResults Read(IReadOnlyList<Triple> triples, string sourceName)
    {
        var bySubject = triples.ToLookup(t => t.Subject);
        var resultSet = triples.FirstOrDefault(t => t.Predicate == Vocab.Rdf.Type && t.Object == ResultSet).Subject
            ?? triples.FirstOrDefault(t => t.Predicate == ResultVariable || t.Predicate == Solution || t.Predicate == BooleanProperty).Subject
            ?? throw new SparqlResultsFormatException(sourceName, 0, 0, "the graph holds no rs:ResultSet");

        var properties = bySubject[resultSet].ToList();
        if (properties.FirstOrDefault(t => t.Predicate == BooleanProperty).Object is Literal boolean)
        {
            return SparqlResults.FromBoolean(boolean.LexicalForm.Trim() is "true" or "1");
        }

        var variables = properties.Where(t => t.Predicate == ResultVariable).Select(t => StringOf(t.Object, sourceName)).Distinct().ToList();
        var solutions = new List<(long? Index, Dictionary<string, Term> Values)>();
        foreach (var solution in properties.Where(t => t.Predicate == Solution).Select(t => t.Object))
        {
            var values = new Dictionary<string, Term>(StringComparer.Ordinal);
            long? index = null;
            foreach (var triple in bySubject[solution])
            {
                if (triple.Predicate == Index && triple.Object is Literal literal && long.TryParse(literal.LexicalForm, out var i))
                {
                    index = i;
                }
                else if (triple.Predicate == Binding)
                {
                    var binding = bySubject[triple.Object].ToList();
                    var name = binding.FirstOrDefault(t => t.Predicate == Variable).Object
                        ?? throw new SparqlResultsFormatException(sourceName, 0, 0, "an rs:binding has no rs:variable");
                    var value = binding.FirstOrDefault(t => t.Predicate == Value).Object
                        ?? throw new SparqlResultsFormatException(sourceName, 0, 0, "an rs:binding has no rs:value");
                    var variable = StringOf(name, sourceName);
                    values[variable] = value;
                    if (!variables.Contains(variable))
                    {
                        variables.Add(variable);
                    }
                }
            }

            solutions.Add((index, values));
        }

        // With rs:index the order is part of the expected result (the test's query has ORDER BY).
        if (solutions.Count > 0 && solutions.All(s => s.Index.HasValue))
        {
            solutions = solutions.OrderBy(s => s.Index).ToList();
        }

        var header = variables.ToArray();
        var rows = solutions.Select(s => new SparqlSolution(header, header.Select(v => s.Values.GetValueOrDefault(v)).ToArray())).ToList();
        return SparqlResults.FromRows(header, rows);
    }

    private static string StringOf(Term term, string sourceName) => term is Literal literal
        ? literal.LexicalForm
        : throw new SparqlResultsFormatException(sourceName, 0, 0, $"a variable name is {term}, not a literal");
}
