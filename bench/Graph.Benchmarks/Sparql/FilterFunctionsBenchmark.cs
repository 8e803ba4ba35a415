using BenchmarkDotNet.Attributes;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions;

namespace Graph.Benchmarks.Sparql;

/// <summary>
/// The per-row work of q1_join.rq's FILTER(?emp > 2000 &amp;&amp; lang(?name) = "en") and of its ORDER BY,
/// on 10,000 rows of typed numbers and tagged names: what the function library costs the evaluator.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class FilterFunctionsBenchmark
{
    private static readonly Literal Threshold = Literal.Integer(2000);
    private static readonly Literal English = Literal.String("en");
    private readonly FunctionContext _context = new(DateTimeOffset.UnixEpoch);
    private Literal[] _employees = [];
    private Literal[] _names = [];
    private BuiltInFunction _lang = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _employees = Enumerable.Range(0, 10_000)
            .Select(_ => Literal.Typed(random.Next(0, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer))
            .ToArray();
        _names = Enumerable.Range(0, 10_000).Select(i => Literal.LangString("Name " + i, i % 3 == 0 ? "fr" : "en")).ToArray();
        BuiltInFunctions.TryGet("LANG", out _lang);
    }

    [Benchmark]
    public int Filter()
    {
        var kept = 0;
        Term?[] argument = new Term?[1];
        for (var i = 0; i < _employees.Length; i++)
        {
            argument[0] = _names[i];
            if (Operators.CompareValues(_employees[i], Threshold) > 0 && Operators.ValueEquals(_lang(argument, _context), English) == true)
            {
                kept++;
            }
        }

        return kept;
    }

    [Benchmark]
    public Literal[] OrderByDescending()
    {
        var copy = (Literal[])_employees.Clone();
        Array.Sort(copy, (a, b) => Operators.CompareForOrderBy(b, a));
        return copy;
    }
}
