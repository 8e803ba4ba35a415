using System.CommandLine;
using System.Text;
using Graph.Cli.Commands;
using Graph.Cli.Infrastructure;
using Graph.Extraction.Model;
using Graph.Rdf.Syntax;

namespace Graph.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Resource = "https://w3id.org/newskg/resource/";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-extract-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A stand-in extractor: every capitalised word of the text is a person, keyed by the word.
    private static ArticleGraph CapitalisedWordsArePeople(Article article)
    {
        var entities = new List<Entity>();
        var position = 0;
        foreach (var word in article.Text.Split(' '))
        {
            var clean = word.TrimEnd('.', ',', '\n');
            if (clean.Length > 0 && char.IsUpper(clean[0]))
            {
                entities.Add(new Entity("person/" + clean, EntityKind.Person, clean, [new Mention(new TextSpan(position, position + clean.Length), clean, MentionKind.Name)]));
            }

            position += word.Length + 1;
        }

        return new ArticleGraph(article, entities, [], [], []);
    }

    private static void RequireWriter(RdfFormat format)
    {
        try
        {
            RdfFormats.CreateWriter(format, TextWriter.Null);
        }
        catch (NotSupportedException e)
        {
            Assert.Skip($"no {RdfFormats.Info(format).Name} writer in Graph.Rdf yet: {e.Message}");
        }
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var root = new RootCommand { ExtractCommand.Create(() => CapitalisedWordsArePeople) };
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = root.Parse(["extract", .. args]);
        if (parse.Errors.Count > 0)
        {
            return (ExitCodes.Usage, string.Empty, string.Join('\n', parse.Errors.Select(e => e.Message)));
        }

        try
        {
            var code = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            return (code, output.ToString(), error.ToString());
        }
        catch (CliException e)
        {
            return (e.ExitCode, output.ToString(), e.Message);
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task An_article_becomes_n_triples_in_the_vocabulary_of_the_contract()
    {
        RequireWriter(RdfFormat.NTriples);
        var article = Write("talks.txt", "Talks\n\nAda met Grace.");

        var (code, output, error) = await Run(article, "--format", "ntriples", "--published", "2021-03-10");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"<{Resource}person/ada> <https://schema.org/name> \"Ada\" .", output, StringComparison.Ordinal);
        Assert.Contains($"<{Resource}person/grace> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .", output, StringComparison.Ordinal);
        Assert.Contains("<https://schema.org/datePublished> \"2021-03-10\"^^<http://www.w3.org/2001/XMLSchema#date> .", output, StringComparison.Ordinal);
        Assert.Contains("\"Talks\"", output, StringComparison.Ordinal);
        Assert.Contains("1 article(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turtle_is_the_default_and_uses_the_contract_prefixes()
    {
        RequireWriter(RdfFormat.Turtle);
        var article = Write("a.txt", "Ada spoke.");

        var (code, output, error) = await Run(article);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("@prefix prov: <http://www.w3.org/ns/prov#>", output, StringComparison.Ordinal);
        Assert.Contains("@prefix schema: <https://schema.org/>", output, StringComparison.Ordinal);
        Assert.Contains("schema:Person", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_ld_is_compacted_with_the_ontology_context()
    {
        RequireWriter(RdfFormat.JsonLd);
        var article = Write("a.txt", "Ada spoke.");

        var (code, output, error) = await Run(article, "--format", "jsonld");

        Assert.True(code == ExitCodes.Success, error);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("https://w3id.org/newskg/ontology#", document.RootElement.GetProperty("@context").GetProperty("kg").GetString());
        Assert.Contains("\"wasDerivedFrom\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_n_quads_each_article_has_its_own_named_graph()
    {
        RequireWriter(RdfFormat.NQuads);
        var corpus = Write("corpus.jsonl", "{\"id\":\"one\",\"text\":\"Ada spoke.\"}\n{\"id\":\"two\",\"text\":\"Ada listened.\"}\n");

        var (code, output, error) = await Run(corpus, "--format", "nquads");

        Assert.True(code == ExitCodes.Success, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(
            line.EndsWith($"<{Resource}article/one> .", StringComparison.Ordinal) || line.EndsWith($"<{Resource}article/two> .", StringComparison.Ordinal),
            line));
        Assert.Contains(lines, l => l.StartsWith($"<{Resource}person/ada> <https://schema.org/name>", StringComparison.Ordinal) && l.EndsWith("article/one> .", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"<{Resource}person/ada> <https://schema.org/name>", StringComparison.Ordinal) && l.EndsWith("article/two> .", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Running_twice_writes_the_same_bytes()
    {
        RequireWriter(RdfFormat.NQuads);
        var corpus = Write("corpus.jsonl", "{\"id\":\"one\",\"text\":\"Ada met Grace.\"}\n{\"id\":\"two\",\"text\":\"Grace met Alan.\"}\n");

        var first = await Run(corpus, "--format", "nquads", "--mentions");
        var second = await Run(corpus, "--format", "nquads", "--mentions");

        Assert.Equal(ExitCodes.Success, first.Code);
        Assert.Equal(first.Output, second.Output);
        Assert.Contains("nif-core#anchorOf", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_base_iri_option_moves_the_resources()
    {
        RequireWriter(RdfFormat.NTriples);
        var article = Write("a.txt", "Ada spoke.");

        var (code, output, _) = await Run(article, "--format", "ntriples", "--base-iri", "http://example.org/kg/");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("<http://example.org/kg/person/ada>", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Resource, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_to_a_file_is_complete_or_absent()
    {
        RequireWriter(RdfFormat.NTriples);
        var good = Write("a.txt", "Ada spoke.");
        var empty = Write("b.txt", "");
        var target = Path.Combine(_folder, "graph.nt");

        var (code, _, error) = await Run(good, empty, "--format", "ntriples", "-o", target);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("b.txt", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task Output_to_a_file_is_written_when_all_goes_well()
    {
        RequireWriter(RdfFormat.NTriples);
        var good = Write("a.txt", "Ada spoke.");
        var target = Path.Combine(_folder, "graph.nt");

        var (code, output, _) = await Run(good, "--format", "ntriples", "-o", target);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(output);
        Assert.Contains($"<{Resource}person/ada>", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_article_is_bad_input_named_before_any_work()
    {
        var (code, _, error) = await Run(Path.Combine(_folder, "nowhere.txt"));

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("nowhere.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_data_is_bad_input_named_with_its_file()
    {
        RequireWriter(RdfFormat.NTriples);
        var path = Path.Combine(_folder, "picture.txt");
        File.WriteAllBytes(path, [0x47, 0x49, 0x46, 0x38, 0x00, 0x01]);

        var (code, _, error) = await Run(path, "--format", "ntriples");

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("picture.txt", error, StringComparison.Ordinal);
        Assert.Contains("binary", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_keep_going_a_malformed_record_is_reported_and_the_others_are_written()
    {
        RequireWriter(RdfFormat.NTriples);
        var corpus = Write("corpus.jsonl", "{\"id\":\"one\",\"text\":\"Ada spoke.\"}\n{broken\n{\"id\":\"three\",\"text\":\"Alan spoke.\"}\n");
        var target = Path.Combine(_folder, "graph.nt");

        var (code, _, error) = await Run(corpus, "--format", "ntriples", "--keep-going", "-o", target);

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("corpus.jsonl:2", error, StringComparison.Ordinal);
        var written = File.ReadAllText(target);
        Assert.Contains($"<{Resource}person/ada>", written, StringComparison.Ordinal);
        Assert.Contains($"<{Resource}person/alan>", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_keep_going_a_malformed_record_stops_the_run_with_its_line()
    {
        RequireWriter(RdfFormat.NTriples);
        var corpus = Write("corpus.jsonl", "{\"id\":\"one\",\"text\":\"Ada spoke.\"}\n{broken\n");

        var (code, _, error) = await Run(corpus, "--format", "ntriples", "-o", Path.Combine(_folder, "graph.nt"));

        Assert.Equal(ExitCodes.DataError, code);
        Assert.Contains("corpus.jsonl:2", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "graph.nt")));
    }

    [Theory]
    [InlineData("--published", "19/01/2015")]
    [InlineData("--base-iri", "not an iri")]
    [InlineData("--format", "csv")]
    public async Task A_bad_option_value_is_wrong_usage(string option, string value)
    {
        var article = Write("a.txt", "Ada spoke.");

        var (code, _, error) = await Run(article, option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kg_command_has_extract()
    {
        var output = new StringWriter();

        var code = await KgApplication.RunAsync(["extract", "--help"], output, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--mentions", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--keep-going", output.ToString(), StringComparison.Ordinal);
    }
}
