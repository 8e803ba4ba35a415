using System.IO.Compression;
using System.Text;
using Graph.Cli.Infrastructure;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>kg query</c> over RDF files and over articles, whose knowledge graph is extracted first.</summary>
public sealed class QueryOverArticlesTests : IDisposable
{
    private const string CountPeople = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/Person> }";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<(int Code, string Output, string Error)> Kg(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await KgApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string RepositoryFile(params string[] parts)
    {
        Assert.SkipWhen(SharedData.RepositoryRoot is null, "the repository root is not above the test binaries");
        return Path.Combine([SharedData.RepositoryRoot!, .. parts]);
    }

    // The CSV rows of a SELECT result as maps from variable to value (the values used here hold no commas or quotes).
    private static List<Dictionary<string, string>> CsvRows(string csv)
    {
        var lines = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line => line.Split(','))
            .Select(cells => header.Zip(cells).Where(c => c.Second.Length > 0).ToDictionary(c => c.First, c => c.Second))
            .ToList();
    }

    [Fact]
    public async Task The_officials_of_a_sample_article_are_answered_from_its_extracted_graph()
    {
        var article = RepositoryFile("samples", "articles", "african-union-mali.txt");
        var query = RepositoryFile("ontology", "queries", "01-officials.rq");

        var (code, output, error) = await Kg("query", article, "--published", "2023-10-09", "-f", query, "--results", "csv");

        Assert.True(code == ExitCodes.Success, error);
        var rows = CsvRows(output);

        // samples/articles/african-union-mali.expected.md, checked by hand: these two officials and no other.
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r["name"] == "Awa Ndiaye" && r["title"] == "Foreign Minister" && r["institutionName"] == "Senegal");
        Assert.Contains(rows, r => r["name"] == "Kofi Mensah" && r["title"] == "Defence Minister" && r["institutionName"] == "Ghana");
    }

    [Fact]
    public async Task A_folder_of_articles_and_a_json_lines_corpus_are_read_into_one_graph()
    {
        var articles = Path.Combine(_folder.PathName, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "one.txt"), "Talks in Accra\n\nGhanaian Foreign Minister Ama Owusu met reporters in Accra.\n");
        var corpus = _folder.File(
            "corpus.jsonl",
            """{"id":"k1","headline":"Visit","published":"2023-10-09","text":"Kenyan Defence Minister Peter Kamau visited Nairobi.","url":"https://example.org/k1"}""" + "\n");

        var (code, output, error) = await Kg("query", articles, corpus, "-q", "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } ORDER BY ?name", "--results", "csv", "--published", "2023-10-09");

        Assert.True(code == ExitCodes.Success, error);
        var names = CsvRows(output).Select(r => r["name"]).ToList();
        Assert.Contains("Ama Owusu", names);
        Assert.Contains("Peter Kamau", names);
    }

    [Fact]
    public async Task An_empty_article_is_bad_input_naming_the_file()
    {
        var empty = _folder.File("empty.txt", string.Empty);

        var (code, _, error) = await Kg("query", empty, "-q", CountPeople);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains(empty, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_json_lines_record_is_bad_input_naming_the_file_and_line()
    {
        var corpus = _folder.File("broken.jsonl", "{\"id\":\"a\",\"text\":\"Fine text here.\"}\n{not json\n");

        var (code, _, error) = await Kg("query", corpus, "-q", CountPeople, "--published", "2023-10-09");

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains(corpus, error, StringComparison.Ordinal);
        Assert.Contains("2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzipped_turtle_is_still_read_as_rdf()
    {
        var path = Path.Combine(_folder.PathName, "data.ttl.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<http://ex.org/a> a <https://schema.org/Person> .\n<http://ex.org/b> a <https://schema.org/Person> .\n"));
        }

        var (code, output, error) = await Kg("query", path, "-q", CountPeople, "--results", "csv");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal("2", Assert.Single(CsvRows(output))["n"]);
    }

    [Fact]
    public async Task Invalid_utf8_in_rdf_is_bad_input_naming_the_file()
    {
        var path = Path.Combine(_folder.PathName, "bad.nt");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("<http://ex.org/a> <http://ex.org/p> \""), 0xC3, 0x28, .. Encoding.ASCII.GetBytes("\" .\n")]);

        var (code, _, error) = await Kg("query", path, "-q", CountPeople);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }
}
