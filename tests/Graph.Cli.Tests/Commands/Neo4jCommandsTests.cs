using Graph.Cli.Commands;
using Graph.Cli.Infrastructure;
using Graph.Neo4j.Tests.Bolt.Stub;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>kg load</c> (against the scripted Bolt stub) and <c>kg export</c>.</summary>
[Collection(nameof(Neo4jCommandsTests))]
public sealed class Neo4jCommandsTests : IDisposable
{
    private const string Ann = """
        @prefix schema: <https://schema.org/> .
        @prefix ex: <https://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix r: <https://w3id.org/newskg/resource/> .
        r:ann a schema:Person ; schema:name "Ann" ; ex:born "1990-05-17"^^xsd:date ; ex:knows r:bob .
        """;

    private readonly TemporaryFolder _folder = new();

    public Neo4jCommandsTests()
    {
        LoadCommand.Environment = name => name == LoadCommand.PasswordVariable ? "secret" : null;
        LoadCommand.PasswordPrompt = _ => null;
    }

    public void Dispose()
    {
        LoadCommand.Environment = Environment.GetEnvironmentVariable;
        _folder.Dispose();
    }

    [Fact]
    public async Task An_input_of_unknown_syntax_is_wrong_usage_pointing_to_the_format_option()
    {
        var input = _folder.File("people.data", Ann);

        var (code, _, error) = await ValidateCommandTests.Run("export", input, "--to", "cypher");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--format", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--from", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_projects_the_file_and_loads_it_through_Bolt_reporting_what_changed()
    {
        Assert.SkipUnless(CanReadTurtle(), "no Turtle reader is registered yet");
        await using var server = BoltStubServer.Start("loader.script");
        var input = _folder.File("ann.ttl", Ann);

        var (code, _, error) = await ValidateCommandTests.Run("load", input, "--neo4j", server.Uri);

        Assert.True(code == ExitCodes.Success, error);
        await server.AssertPlayedAsync();
        Assert.Contains("kg load: nodes 2/2, relationships 1/1", error, StringComparison.Ordinal);
        Assert.Contains("2 nodes and 1 relationships loaded", error, StringComparison.Ordinal);
        Assert.Contains("2 nodes and 1 relationships created", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_without_a_password_says_where_to_put_it()
    {
        LoadCommand.Environment = _ => null;
        var input = _folder.File("ann.ttl", Ann);

        var (code, _, error) = await ValidateCommandTests.Run("load", input, "--neo4j", "bolt://127.0.0.1:1");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("NEO4J_PASSWORD", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_to_a_server_that_does_not_answer_exits_1_with_the_address()
    {
        Assert.SkipUnless(CanReadTurtle(), "no Turtle reader is registered yet");
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var input = _folder.File("ann.ttl", Ann);

        var (code, _, error) = await ValidateCommandTests.Run("load", input, "--neo4j", "bolt://127.0.0.1:" + port);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("cannot reach Neo4j at bolt://127.0.0.1:" + port, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_refuses_an_address_that_is_not_Bolt()
    {
        var input = _folder.File("ann.ttl", Ann);
        Assert.SkipUnless(CanReadTurtle(), "no Turtle reader is registered yet");

        var (code, _, error) = await ValidateCommandTests.Run("load", input, "--neo4j", "http://localhost:7474");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("bolt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_cypher_writes_a_script_of_constraint_and_merges()
    {
        Assert.SkipUnless(CanReadTurtle(), "no Turtle reader is registered yet");
        var input = _folder.File("ann.ttl", Ann);
        var output = _folder.File("graph.cypher");

        var (code, _, error) = await ValidateCommandTests.Run("export", input, "--to", "cypher", "-o", output);

        Assert.True(code == ExitCodes.Success, error);
        var script = File.ReadAllText(output);
        Assert.Contains("CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;", script, StringComparison.Ordinal);
        Assert.Contains("{uri: 'https://w3id.org/newskg/resource/ann', props: {`name`: 'Ann', `born`: date('1990-05-17')}}", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[:`KNOWS`]->(o);", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_neo4j_admin_writes_the_csv_files_and_prints_the_command()
    {
        Assert.SkipUnless(CanReadTurtle(), "no Turtle reader is registered yet");
        var input = _folder.File("ann.ttl", Ann);
        var directory = Path.Combine(_folder.PathName, "import");

        var (code, output, error) = await ValidateCommandTests.Run("export", input, "--to", "neo4j-admin", "-o", directory);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv", output, StringComparison.Ordinal);
        Assert.Equal(
            ["\"uri:ID\",\":LABEL\",\"born:date\",\"name:string\"", "\"https://w3id.org/newskg/resource/ann\",\"Resource;Person\",\"1990-05-17\",\"Ann\"", "\"https://w3id.org/newskg/resource/bob\",\"Resource\",,"],
            File.ReadAllLines(Path.Combine(directory, "nodes.csv")));
    }

    [Fact]
    public async Task Export_to_neo4j_admin_needs_a_folder()
    {
        var input = _folder.File("ann.ttl", Ann);

        var (code, _, error) = await ValidateCommandTests.Run("export", input, "--to", "neo4j-admin");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("-o DIR", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_invalid_RDF_exits_65_and_leaves_no_script()
    {
        Assert.SkipUnless(CanReadTurtle(), "no Turtle reader is registered yet");
        var input = _folder.File("bad.ttl", "<https://example.org/a> <https://example.org/p> .\n");
        var output = _folder.File("graph.cypher");

        var (code, _, error) = await ValidateCommandTests.Run("export", input, "--to", "cypher", "-o", output);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("bad.ttl:1:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static bool CanReadTurtle()
    {
        try
        {
            Graph.Rdf.Syntax.RdfFormats.CreateReader(Graph.Rdf.Syntax.RdfFormat.Turtle);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
