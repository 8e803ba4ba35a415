using Graph.Neo4j.Export;
using Graph.Neo4j.Projection;
using static Graph.Neo4j.Tests.Projection.SampleGraphs;

namespace Graph.Neo4j.Tests.Export;

public sealed class ExportWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-admin-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_Cypher_script_creates_the_constraint_first_then_merges_nodes_and_relationships_with_literal_rows()
    {
        var writer = new StringWriter();
        CypherScriptWriter.Write(PropertyGraphBuilder.Project(Officials()), writer);
        var statements = writer.ToString().Split(";\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => string.Join('\n', s.Split('\n').Where(line => !line.StartsWith("//", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)
            .ToList();

        Assert.StartsWith("CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS", statements[0], StringComparison.Ordinal);
        var person = Assert.Single(statements, s => s.EndsWith("SET n:`Person`", StringComparison.Ordinal));
        Assert.Contains("{uri: 'https://w3id.org/newskg/resource/didier-reynders', props: {`name`: 'Didier Reynders'}}", person, StringComparison.Ordinal);
        var country = Assert.Single(statements, s => s.EndsWith("SET n:`Country`", StringComparison.Ordinal));
        Assert.Contains("`name`: ['Belgium', 'Belgique']", country, StringComparison.Ordinal);
        var meeting = Assert.Single(statements, s => s.EndsWith("SET n:`Event`:`Meeting`", StringComparison.Ordinal));
        Assert.Contains("`hasTimeStamp`: date('2015-11-22')", meeting, StringComparison.Ordinal);
        var postIn = Assert.Single(statements, s => s.EndsWith("MERGE (s)-[:`POST_IN`]->(o)", StringComparison.Ordinal));
        Assert.Contains("{s: 'https://w3id.org/newskg/resource/post/foreign-minister-belgium', o: 'https://w3id.org/newskg/resource/belgium'}", postIn, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Contains('$', StringComparison.Ordinal));
    }

    [Fact]
    public void The_admin_import_files_have_typed_headers_labels_arrays_and_the_command()
    {
        var files = AdminImportWriter.Write(PropertyGraphBuilder.Project(Officials()), _directory);

        var nodes = File.ReadAllLines(Path.Combine(_directory, files.NodesFile));
        Assert.Equal("\"uri:ID\",\":LABEL\",\"hasTimeStamp:date\",\"label:string\",\"name:string[]\"", nodes[0]);
        Assert.Contains("\"https://w3id.org/newskg/resource/didier-reynders\",\"Resource;Person\",,,\"Didier Reynders\"", nodes);
        Assert.Contains("\"https://w3id.org/newskg/resource/belgium\",\"Resource;Country\",,,\"Belgium;Belgique\"", nodes);
        Assert.Contains("\"https://w3id.org/newskg/resource/event/1\",\"Resource;Event;Meeting\",\"2015-11-22\",\"meeting in Brussels\",", nodes);
        Assert.Contains("\"http://www.wikidata.org/entity/Q31\",\"Resource\",,,", nodes);
        Assert.Equal(6, nodes.Length);

        var relationships = File.ReadAllLines(Path.Combine(_directory, files.RelationshipsFile));
        Assert.Equal("\":START_ID\",\":END_ID\",\":TYPE\"", relationships[0]);
        Assert.Contains("\"https://w3id.org/newskg/resource/didier-reynders\",\"https://w3id.org/newskg/resource/post/foreign-minister-belgium\",\"HOLDS\"", relationships);
        Assert.Equal(6, relationships.Length); // the header and HOLDS, POST_IN, SAME_AS, HAS_ACTOR, HAS_PLACE

        Assert.Equal("neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=';' --overwrite-destination=true", files.Command);
        Assert.Contains(files.Command, File.ReadAllText(Path.Combine(_directory, files.CommandFile)), StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(_directory).Length);
    }

    [Fact]
    public void A_value_holding_the_array_delimiter_moves_the_delimiter_and_quotes_are_doubled()
    {
        var graph = new PropertyGraph(
            [new GraphNode("https://example.org/a", [], new Dictionary<string, object> { ["alias"] = new List<object> { "x;y", "say \"hi\"" } })],
            [],
            new Dictionary<string, string>(),
            0);

        var files = AdminImportWriter.Write(graph, _directory);

        Assert.Contains("--array-delimiter='|'", files.Command, StringComparison.Ordinal);
        Assert.Equal("\"https://example.org/a\",\"Resource\",\"x;y|say \"\"hi\"\"\"", File.ReadAllLines(Path.Combine(_directory, files.NodesFile))[1]);
    }

    [Fact]
    public void Property_names_that_cannot_be_headers_are_refused_with_the_way_out()
    {
        var kept = PropertyGraphBuilder.Project(Officials(), new ProjectionOptions { Vocabulary = VocabularyHandling.Keep });

        var error = Assert.Throws<ArgumentException>(() => AdminImportWriter.Write(kept, _directory));
        Assert.Contains("SHORTEN", error.Message, StringComparison.Ordinal);
    }
}
