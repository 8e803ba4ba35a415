using System.Text;
using Graph.Rdf.Syntax;
using Graph.Rdf.Syntax.Turtle;

namespace Graph.Rdf.Tests.Conformance;

/// <summary>The result of running one manifest entry.</summary>
internal enum ConformanceResult
{
    Passed,
    Failed,

    /// <summary>The reader under test (or the one for the expected result) is not registered yet.</summary>
    Unavailable,
}

/// <summary>The result of one manifest entry, with what went wrong.</summary>
internal sealed record ConformanceOutcome(ConformanceResult Result, string Message)
{
    public static ConformanceOutcome Pass { get; } = new(ConformanceResult.Passed, "passed");
}

/// <summary>Runs manifest entries: syntax tests read the input and check that it is accepted or rejected; evaluation tests compare with the expected result by isomorphism.</summary>
internal static class ConformanceRunner
{
    public static ConformanceOutcome Run(ConformanceTest test)
    {
        var reader = test.Suite.CreateReader();
        if (reader is null)
        {
            return new(ConformanceResult.Unavailable, $"no reader is registered yet for the suite {test.Suite.Name}");
        }

        List<Quad> actual;
        try
        {
            actual = ReadFile(reader, test.ActionPath, test.BaseIri);
        }
        catch (RdfSyntaxException e)
        {
            return test.Kind is ConformanceTestKind.NegativeSyntax or ConformanceTestKind.NegativeEval
                ? ConformanceOutcome.Pass
                : new(ConformanceResult.Failed, $"rejected a valid document: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(ConformanceResult.Failed, $"threw {e.GetType().Name} instead of RdfSyntaxException: {e.Message}");
        }

        switch (test.Kind)
        {
            case ConformanceTestKind.NegativeSyntax or ConformanceTestKind.NegativeEval:
                return new(ConformanceResult.Failed, $"accepted an invalid document ({actual.Count} statements):\n{File.ReadAllText(test.ActionPath)}");
            case ConformanceTestKind.PositiveSyntax:
                return ConformanceOutcome.Pass;
        }

        var expected = ReadExpected(test);
        if (expected is null)
        {
            return new(ConformanceResult.Unavailable, $"no reader is registered yet for the expected result {Path.GetFileName(test.ResultPath)}");
        }

        var difference = GraphIsomorphism.Difference(expected, actual);
        return difference is null ? ConformanceOutcome.Pass : new(ConformanceResult.Failed, "the graph read differs from the expected one:\n" + difference);
    }

    /// <summary>The expected result of an evaluation test, or null when no reader for its syntax is registered.</summary>
    public static List<Quad>? ReadExpected(ConformanceTest test)
    {
        if (test.ResultPath is null)
        {
            throw new InvalidOperationException($"the evaluation test {test} has no mf:result");
        }

        var reader = ResultReader(test.ResultPath);
        return reader is null ? null : ReadFile(reader, test.ResultPath, ManifestLoader.IriOf(test.ResultPath));
    }

    /// <summary>
    /// The reader for an expected result: the registered one for its extension; for N-Triples, our Turtle
    /// reader until an N-Triples reader is registered (N-Triples is a subset of Turtle).
    /// </summary>
    private static IRdfReader? ResultReader(string path)
    {
        if (!RdfFormats.TryFromPath(path, out var format))
        {
            throw new InvalidOperationException($"the syntax of the expected result {path} is unknown");
        }

        return ConformanceSuites.Registered(format) ?? (format == RdfFormat.NTriples ? new TurtleReader() : null);
    }

    public static List<Quad> ReadFile(IRdfReader reader, string path, string baseIri)
    {
        var collector = new QuadCollector();
        using var input = new StreamReader(path, new UTF8Encoding(false, true));
        reader.Read(input, collector, new RdfReaderOptions { BaseIri = Iri.Parse(baseIri), SourceName = Path.GetFileName(path) });
        return collector.Quads;
    }
}
