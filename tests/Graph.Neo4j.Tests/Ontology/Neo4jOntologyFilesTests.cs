using System.Text.RegularExpressions;
using Graph.Neo4j.Projection;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Ontology;

/// <summary>
/// The Cypher twins of the competency questions and the Browser style name only what the projection
/// of the project's vocabulary produces: labels and relationship types derived from the IRIs that
/// the SPARQL twins and the ontology use.
/// </summary>
public sealed partial class Neo4jOntologyFilesTests
{
    public static TheoryData<string> SparqlQueries()
    {
        var data = new TheoryData<string>();
        var folder = QueriesFolder();
        foreach (var file in folder is null ? Enumerable.Empty<string>() : Directory.GetFiles(folder, "*.rq").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileNameWithoutExtension(file));
        }

        if (data.Count == 0)
        {
            data.Add("(none)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SparqlQueries))]
    public void Each_SPARQL_competency_query_has_a_Cypher_twin_asking_the_same_question(string name)
    {
        Assert.SkipWhen(name == "(none)", "ontology/queries holds no SPARQL query");
        var (sparql, cypher) = Twins(name);

        var question = sparql.Split('\n')[0].TrimStart('#').Trim();
        Assert.Equal(question, cypher.Split('\n')[0].TrimStart('/').Trim());
    }

    [Theory]
    [MemberData(nameof(SparqlQueries))]
    public void The_Cypher_twin_uses_only_relationship_types_and_labels_projected_from_the_SPARQL_twins_IRIs(string name)
    {
        Assert.SkipWhen(name == "(none)", "ontology/queries holds no SPARQL query");
        var (sparql, cypher) = Twins(name);
        var localNames = PrefixedName().Matches(sparql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var code = string.Join('\n', cypher.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

        var types = RelationshipType().Matches(code).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            Assert.True(localNames.Any(local => GraphNaming.UpperSnake(local) == type), $"{name}.cypher uses [:{type}], which no predicate of {name}.rq projects to");
        }

        foreach (var label in NodeLabel().Matches(code).Select(m => m.Groups[1].Value))
        {
            Assert.True(label == ProjectionOptions.ResourceLabel || localNames.Contains(label), $"{name}.cypher uses the label {label}, which no class of {name}.rq projects to");
        }
    }

    [Fact]
    public void The_Browser_style_styles_labels_of_the_ontology_and_captions_every_one()
    {
        var root = SharedData.RepositoryRoot;
        Assert.SkipWhen(root is null, "the repository root was not found");
        var style = File.ReadAllText(System.IO.Path.Combine(root!, "ontology", "neo4j", "style.grass"));
        var ontology = File.ReadAllText(System.IO.Path.Combine(root!, "ontology", "newskg.ttl"));

        var blocks = StyleBlock().Matches(style).ToList();
        Assert.True(blocks.Count > 10);
        foreach (var block in blocks)
        {
            var label = block.Groups[1].Value;
            Assert.True(label == ProjectionOptions.ResourceLabel || ontology.Contains(":" + label, StringComparison.Ordinal), $"style.grass styles {label}, which the ontology does not declare");
            Assert.Contains("caption:", block.Groups[2].Value, StringComparison.Ordinal);
        }
    }

    private static (string Sparql, string Cypher) Twins(string name)
    {
        var folder = QueriesFolder()!;
        var cypherPath = System.IO.Path.Combine(folder, name + ".cypher");
        Assert.True(File.Exists(cypherPath), $"ontology/queries/{name}.cypher is missing");
        return (File.ReadAllText(System.IO.Path.Combine(folder, name + ".rq")), File.ReadAllText(cypherPath));
    }

    private static string? QueriesFolder() =>
        SharedData.RepositoryRoot is { } root ? System.IO.Path.Combine(root, "ontology", "queries") : null;

    [GeneratedRegex(@"\b[a-z]+:([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex PrefixedName();

    [GeneratedRegex(@"\[:([A-Z_0-9]+)\]")]
    private static partial Regex RelationshipType();

    [GeneratedRegex(@"\([a-z]*:([A-Za-z]+)")]
    private static partial Regex NodeLabel();

    [GeneratedRegex(@"node\.([A-Za-z]+)\s*\{([^}]*)\}")]
    private static partial Regex StyleBlock();
}
