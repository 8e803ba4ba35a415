using Graph.Cli;
using Graph.Cli.Infrastructure;

namespace Graph.Cli.Tests.Commands;

public sealed class QueryCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-query-tests-" + Guid.NewGuid().ToString("N"));

    public QueryCommandTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "people.ttl"), """
            @prefix ex: <http://example.org/> .
            ex:alice ex:knows ex:bob ; ex:name "Alice" .
            ex:bob ex:name "Bob" .
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await KgApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_select_over_a_turtle_file_prints_its_rows()
    {
        var (code, output, _) = await Run(["query", PathOf("people.ttl"), "-q", "SELECT ?n WHERE { ?p <http://example.org/name> ?n } ORDER BY ?n", "--results", "csv"]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(["n", "Alice", "Bob"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task A_named_graph_is_loaded_with_the_graph_option()
    {
        var (code, output, _) = await Run([
            "query", "--graph", "http://example.org/g=" + PathOf("people.ttl"),
            "-q", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "--results", "csv"]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("http://example.org/g,3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_exits_65_naming_line_and_column()
    {
        File.WriteAllText(PathOf("bad.rq"), "SELECT *\nWHERE { ?s ?p }");

        var (code, _, error) = await Run(["query", PathOf("people.ttl"), "-f", PathOf("bad.rq")]);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("bad.rq:2:15", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_past_its_timeout_exits_1_with_a_clear_message()
    {
        var lines = Enumerable.Range(0, 400).Select(i => $"<http://example.org/n{i}> <http://example.org/p> <http://example.org/n{i + 1}> .");
        File.WriteAllLines(PathOf("chain.nt"), lines);

        var (code, _, error) = await Run(["query", PathOf("chain.nt"), "-q", "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", "--timeout", "0.2", "--results", "tsv"]);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("timed out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Construct_results_are_written_as_turtle_by_default()
    {
        var (code, output, _) = await Run(["query", PathOf("people.ttl"), "-q", "CONSTRUCT { ?b <http://example.org/knownBy> ?a } WHERE { ?a <http://example.org/knows> ?b }"]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("knownBy", output, StringComparison.Ordinal);
        Assert.Contains("alice", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Giving_both_or_neither_query_option_is_wrong_usage()
    {
        var (code, _, error) = await Run(["query", PathOf("people.ttl")]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("-q", error, StringComparison.Ordinal);
    }
}
