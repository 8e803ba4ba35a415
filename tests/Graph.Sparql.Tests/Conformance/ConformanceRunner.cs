using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Sparql.Evaluation;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>The outcome of one conformance test: passed, or failed with the reason.</summary>
internal sealed record ConformanceOutcome(bool Passed, string Detail);

/// <summary>Runs one manifest test: syntax tests parse, evaluation tests run the query and compare results.</summary>
internal static class ConformanceRunner
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(20);

    public static ConformanceOutcome Run(ConformanceTest test)
    {
        try
        {
            return test.Type switch
            {
                "PositiveSyntaxTest" or "PositiveSyntaxTest11" => Parse(test, expectValid: true),
                "NegativeSyntaxTest" or "NegativeSyntaxTest11" => Parse(test, expectValid: false),
                "QueryEvaluationTest" or "CSVResultFormatTest" => Evaluate(test),
                _ => new ConformanceOutcome(false, "unsupported test type " + test.Type),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ConformanceOutcome(false, e.GetType().Name + ": " + e.Message);
        }
    }

    private static ConformanceOutcome Parse(ConformanceTest test, bool expectValid)
    {
        var text = File.ReadAllText(test.QueryFile!);
        try
        {
            var query = SparqlQuery.Parse(text, RdfFiles.IriOf(test.QueryFile!));
            _ = Graph.Sparql.Algebra.AlgebraTranslator.Translate(query);
            return expectValid ? new(true, "parsed") : new(false, "parsed, but the query is invalid");
        }
        catch (SparqlSyntaxException e)
        {
            return expectValid ? new(false, "rejected: " + e.Message) : new(true, "rejected: " + e.Message);
        }
    }

    private static ConformanceOutcome Evaluate(ConformanceTest test)
    {
        var query = SparqlQuery.Parse(File.ReadAllText(test.QueryFile!), RdfFiles.IriOf(test.QueryFile!));
        var dataset = new Dataset();
        foreach (var data in test.Data)
        {
            RdfFiles.Read(data, dataset);
        }

        foreach (var (name, path) in test.GraphData)
        {
            RdfFiles.Read(path, new NamedGraphSink(dataset, Iri.Parse(name)));
        }

        // FROM and FROM NAMED name files beside the query: load each into a graph named by its IRI.
        foreach (var iri in query.From.Concat(query.FromNamed).Distinct())
        {
            if (iri.Value.StartsWith("file:", StringComparison.Ordinal) && File.Exists(RdfFiles.PathOf(iri)))
            {
                RdfFiles.Read(RdfFiles.PathOf(iri), new NamedGraphSink(dataset, iri));
            }
        }

        var result = QueryEngine.Execute(query, dataset, new QueryOptions { Timeout = TestTimeout, BaseIri = RdfFiles.IriOf(test.QueryFile!) });
        var expected = ResultFiles.Read(test.ResultFile!);
        switch (query.Form)
        {
            case QueryForm.Ask:
                return result.Boolean == expected.Boolean ? new(true, "same answer") : new(false, $"expected {expected.Boolean}, got {result.Boolean}");
            case QueryForm.Construct or QueryForm.Describe:
                var triples = result.Triples.ToList();
                var difference = GraphIsomorphism.Difference(expected.Graph ?? [], triples);
                return difference is null ? new(true, "isomorphic") : new(false, difference);
            default:
                var set = result.ResultSet;
                var actual = set.Solutions.Select(s =>
                {
                    var row = new Dictionary<string, Term>(StringComparer.Ordinal);
                    for (var i = 0; i < set.Variables.Count; i++)
                    {
                        if (s[i] is { } value)
                        {
                            row[set.Variables[i]] = value;
                        }
                    }

                    return row;
                }).ToList();
                if (expected.Solutions is null)
                {
                    return new(false, "the expected result is not a result set");
                }

                if (!SolutionComparer.Equivalent(expected.Solutions, actual, expected.LexicalOnly))
                {
                    return new(false, $"expected:\n{ResultFiles.Format(expected.Solutions)}\nactual:\n{ResultFiles.Format(actual)}");
                }

                // With ORDER BY on projected variables, the sort keys must come in the expected order
                // (rows that tie may come in any order, so only the keys are compared).
                var keys = query.OrderBy.Select(o => (o.Value as Graph.Sparql.Algebra.VariableExpression)?.Name).ToList();
                if (keys.Count > 0 && keys.TrueForAll(k => k is not null && set.Variables.Contains(k)) && !expected.LexicalOnly
                    && !SolutionComparer.SameKeySequence(expected.Solutions, actual, keys!))
                {
                    return new(false, "same solutions, but not in the order of ORDER BY");
                }

                return new(true, "same solutions");
        }
    }

    private sealed class NamedGraphSink(Dataset dataset, Iri graph) : Rdf.Syntax.IRdfSink
    {
        public void HandleQuad(in Quad quad) => dataset.Add(new Quad(quad.Triple, graph));
    }
}
