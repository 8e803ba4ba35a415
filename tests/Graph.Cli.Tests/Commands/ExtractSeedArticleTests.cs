using Graph.Cli.Infrastructure;
using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Syntax;
using Graph.Sparql.Evaluation;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary>
/// The acceptance of the ingestion issue: `kg extract` on the seed article (published 2015-01-19),
/// asked the competency questions of ontology/queries. The expected facts are the issue's list,
/// checked by reading the article.
/// </summary>
public sealed class ExtractSeedArticleTests
{
    private static readonly Lazy<Dataset> s_graph = new(ExtractSeed);

    private static Dataset ExtractSeed()
    {
        var seed = SharedData.PathOf("seed/article.txt");
        using var folder = new TemporaryFolder();
        var output = folder.File("seed.nt");
        var error = new StringWriter();
        var code = KgApplication.RunAsync(["extract", seed, "--published", "2015-01-19", "--format", "ntriples", "--mentions", "-o", output], new StringWriter(), error).GetAwaiter().GetResult();
        Assert.True(code == ExitCodes.Success, error.ToString());
        var dataset = new Dataset();
        using var reader = File.OpenText(output);
        RdfFormats.CreateReader(RdfFormat.NTriples).Read(reader, dataset, new RdfReaderOptions { SourceName = output });
        return dataset;
    }

    private static List<Dictionary<string, string>> Answer(string file)
    {
        var graph = s_graph.Value;
        Assert.SkipWhen(SharedData.RepositoryRoot is null, "the repository root is not above the test binaries");
        var query = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot!, "ontology", "queries", file));
        var result = QueryEngine.Execute(query, graph).ResultSet;
        return result.Solutions
            .Select(row => result.Variables.Where(v => row[v] is not null).ToDictionary(v => v, v => Show(row[v]!)))
            .ToList();
    }

    private static string Show(Term term) => term switch
    {
        Iri iri => iri.Value,
        Literal literal => literal.LexicalForm,
        _ => term.ToString(),
    };

    private static string? Get(Dictionary<string, string> row, string variable) => row.GetValueOrDefault(variable);

    [Theory]
    [InlineData("Federica Mogherini", "Foreign Policy Chief", "European Union")]
    [InlineData("Philip Hammond", "Foreign Secretary", "United Kingdom")]
    [InlineData("Didier Reynders", "Foreign Minister", "Belgium")]
    [InlineData("Margot Wallstroem", "Foreign Minister", "Sweden")]
    public void The_officials_hold_their_posts(string name, string title, string institution)
    {
        var rows = Answer("01-officials.rq");

        Assert.Contains(rows, r => Get(r, "name") == name && Get(r, "title") == title && Get(r, "institutionName") == institution);
    }

    [Theory]
    [InlineData("Appeal", null, "2015-01-19", null)]
    [InlineData("Meeting", "Brussels", "2015-01-19", null)]
    [InlineData("Raid", "Belgium", null, "last week")]
    [InlineData("MilitaryDeployment", "Belgium", null, "over the weekend")]
    [InlineData("Attack", "Europe", null, null)]
    [InlineData("Conflict", "Syria", null, null)]
    [InlineData("Conflict", "Iraq", null, null)]
    public void The_events_have_their_type_place_and_time(string type, string? place, string? date, string? timeExpression)
    {
        var rows = Answer("02-events.rq");

        Assert.Contains(rows, r =>
            Get(r, "type") == "https://w3id.org/newskg/ontology#" + type
            && (place is null || Get(r, "placeName") == place)
            && (date is null || Get(r, "date") == date)
            && (timeExpression is null || Get(r, "timeExpression") == timeExpression));
    }

    [Fact]
    public void The_weekend_deployment_spans_saturday_and_sunday()
    {
        var rows = Answer("02-events.rq");

        // The query gives one row per event and actor (Belgium and its military took part): one event.
        var deployments = rows.Where(r => Get(r, "type") == "https://w3id.org/newskg/ontology#MilitaryDeployment").ToList();
        Assert.Single(deployments.Select(r => Get(r, "event")).Distinct());
        var deployment = deployments[0];
        Assert.Equal(("2015-01-17", "2015-01-18"), (Get(deployment, "begin"), Get(deployment, "end")));
    }

    [Theory]
    [InlineData("https://schema.org/Country", "Belgium")]
    [InlineData("https://schema.org/Country", "United Kingdom")]
    [InlineData("https://schema.org/Country", "Sweden")]
    [InlineData("https://schema.org/Country", "Syria")]
    [InlineData("https://schema.org/Country", "Iraq")]
    [InlineData("https://schema.org/City", "Brussels")]
    [InlineData("https://w3id.org/newskg/ontology#Region", "Middle East")]
    [InlineData("https://w3id.org/newskg/ontology#Region", "Gulf")]
    [InlineData("https://w3id.org/newskg/ontology#Region", "North Africa")]
    [InlineData("https://w3id.org/newskg/ontology#Region", "Europe")]
    [InlineData("https://schema.org/Organization", "European Union")]
    [InlineData("https://schema.org/Organization", "European Parliament")]
    [InlineData("https://schema.org/Organization", "European Council")]
    public void The_article_mentions_its_places_and_institutions(string kind, string name)
    {
        var rows = Answer("03-places-and-institutions.rq");

        Assert.Contains(rows, r => Get(r, "kind") == kind && Get(r, "name") == name);
    }

    [Fact]
    public void Brussels_is_in_belgium()
    {
        var graph = s_graph.Value;
        var brussels = graph.Match(null, Iri.Parse("https://schema.org/name"), Literal.String("Brussels")).Single().Subject;

        var country = Assert.Single(graph.Match(brussels, Iri.Parse("https://schema.org/containedInPlace"))).Object;
        Assert.Single(graph.Match(country, Iri.Parse("https://schema.org/name"), Literal.String("Belgium")));
    }

    [Fact]
    public void The_four_direct_quotations_have_their_speakers()
    {
        var rows = Answer("04-quotations.rq").Where(r => Get(r, "direct") == "true").ToList();

        Assert.Equal(
            ["Didier Reynders", "Federica Mogherini", "Margot Wallstroem", "Philip Hammond"],
            rows.Select(r => Get(r, "speakerName")).Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => Get(r, "speakerName") == "Federica Mogherini" && Get(r, "text")!.StartsWith("We need an alliance.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fact_has_its_words_in_the_article()
    {
        var rows = Answer("05-provenance.rq");
        var text = File.ReadAllText(SharedData.PathOf("seed/article.txt"));

        Assert.Contains(rows, r => Get(r, "description") == "Brussels" && Get(r, "anchor") == "Brussels");
        Assert.All(rows.Where(r => Get(r, "anchor") is not null), r => Assert.Contains(Get(r, "anchor")!, text, StringComparison.Ordinal));
    }
}
