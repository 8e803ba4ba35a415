using Graph.Ingestion.Sources;

namespace Graph.Ingestion.Tests.Sources;

public sealed class JsonLinesArticleSourceTests
{
    [Fact]
    public void Each_line_is_one_article_with_its_fields()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", """
            {"id":"a1","headline":"Talks in Oslo","published":"2021-03-10","text":"Ministers met.","url":"https://example.org/a1"}

            {"id":7,"published":"2021-03-11T08:30:00Z","text":"Second."}
            """);

        var articles = new JsonLinesArticleSource(path).Read().ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("a1", articles[0].Id);
        Assert.Equal("Talks in Oslo", articles[0].Headline);
        Assert.Equal(new DateOnly(2021, 3, 10), articles[0].Published);
        Assert.Equal("Ministers met.", articles[0].Text);
        Assert.Equal("https://example.org/a1", articles[0].Url);
        Assert.Equal("7", articles[1].Id);
        Assert.Null(articles[1].Headline);
        Assert.Equal(new DateOnly(2021, 3, 11), articles[1].Published);
    }

    [Fact]
    public void A_record_without_a_date_takes_the_default_publication_date()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", """{"id":"a","text":"Text."}""");

        var article = new JsonLinesArticleSource(path, new ArticleSourceOptions { Published = new DateOnly(2015, 1, 19) }).Read().Single();

        Assert.Equal(new DateOnly(2015, 1, 19), article.Published);
    }

    [Fact]
    public void A_record_without_an_id_is_named_by_its_url()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", """{"text":"Text.","url":"https://example.org/x"}""");

        Assert.Equal("https://example.org/x", new JsonLinesArticleSource(path).Read().Single().Id);
    }

    [Fact]
    public void A_malformed_line_names_its_line_and_stops_the_reading()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", "{\"text\":\"One.\"}\n{\"text\": \"Two.\"\n{\"text\":\"Three.\"}\n");

        var read = new List<string>();
        var error = Assert.Throws<ArticleSourceException>(() =>
        {
            foreach (var article in new JsonLinesArticleSource(path).Read())
            {
                read.Add(article.Text);
            }
        });

        Assert.Equal(ArticleSourceError.MalformedRecord, error.Error);
        Assert.Equal(2, error.Line);
        Assert.Contains("corpus.jsonl:2", error.Message, StringComparison.Ordinal);
        Assert.Equal(["One."], read);
    }

    [Fact]
    public void With_on_skipped_the_reading_goes_on_after_a_malformed_line()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", "{\"text\":\"One.\"}\nnot json\n[1,2]\n{\"text\":3}\n{\"headline\":\"h\"}\n{\"text\":\"Six.\"}\n");
        var skipped = new List<ArticleSourceException>();

        var texts = new JsonLinesArticleSource(path, new ArticleSourceOptions { OnSkipped = skipped.Add }).Read().Select(a => a.Text).ToList();

        Assert.Equal(["One.", "Six."], texts);
        Assert.Equal([2, 3, 4, 5], skipped.Select(e => e.Line));
        Assert.All(skipped, e => Assert.Equal(ArticleSourceError.MalformedRecord, e.Error));
    }

    [Fact]
    public void Invalid_utf8_in_a_record_names_the_byte_offset_in_the_file()
    {
        using var folder = new TemporaryFolder();
        // Line 1 is 16 bytes with its newline; on line 2 the lone continuation byte 0x80 stands after {"text":"  (9 bytes).
        var path = folder.WriteBytes("corpus.jsonl", [.. "{\"text\":\"One.\"}\n"u8, .. "{\"text\":\""u8, 0x80, .. "\"}\n"u8]);

        var error = Assert.Throws<ArticleSourceException>(() => new JsonLinesArticleSource(path).Read().ToList());

        Assert.Equal(ArticleSourceError.InvalidUtf8, error.Error);
        Assert.Equal(2, error.Line);
        Assert.Equal(25, error.ByteOffset);
    }

    [Fact]
    public void A_bad_date_or_url_is_a_malformed_record()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", "{\"text\":\"A.\",\"published\":\"19/01/2015\"}\n{\"text\":\"B.\",\"url\":\"not an iri\"}\n");
        var skipped = new List<ArticleSourceException>();

        _ = new JsonLinesArticleSource(path, new ArticleSourceOptions { OnSkipped = skipped.Add }).Read().ToList();

        Assert.Equal(2, skipped.Count);
        Assert.Contains("published", skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("url", skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_corpus_is_reported()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", "\n\n");

        var error = Assert.Throws<ArticleSourceException>(() => new JsonLinesArticleSource(path).Read().ToList());

        Assert.Equal(ArticleSourceError.Empty, error.Error);
    }

    [Fact]
    public void A_record_over_the_limit_is_refused_and_the_next_one_is_read()
    {
        using var folder = new TemporaryFolder();
        var big = "{\"text\":\"" + new string('x', 5000) + "\"}";
        var path = folder.Write("corpus.jsonl", big + "\n{\"text\":\"Small.\"}\n");
        var skipped = new List<ArticleSourceException>();

        var texts = new JsonLinesArticleSource(path, new ArticleSourceOptions { MaxArticleBytes = 1000, OnSkipped = skipped.Add }).Read().Select(a => a.Text).ToList();

        Assert.Equal(["Small."], texts);
        Assert.Equal(ArticleSourceError.TooLarge, Assert.Single(skipped).Error);
        Assert.Equal(1, skipped[0].Line);
    }

    [Fact]
    public void A_missing_corpus_is_reported_by_name()
    {
        var error = Assert.Throws<ArticleSourceException>(() => new JsonLinesArticleSource("/no/such/corpus.jsonl").Read().ToList());

        Assert.Equal(ArticleSourceError.Missing, error.Error);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_a_malformed_record_but_a_whole_pair_is_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("corpus.jsonl", "{\"text\":\"bad \\ud800 half\"}\n{\"text\":\"bad \\udc00 low\"}\n{\"text\":\"good \\ud83d\\ude00 pair\"}\n");
        var skipped = new List<ArticleSourceException>();

        var texts = new JsonLinesArticleSource(path, new ArticleSourceOptions { OnSkipped = skipped.Add }).Read().Select(a => a.Text).ToList();

        Assert.Equal(["good \U0001F600 pair"], texts);
        Assert.Equal([1, 2], skipped.Select(e => e.Line));
    }

    [Fact]
    public void With_on_skipped_a_missing_corpus_is_reported_not_thrown()
    {
        var skipped = new List<ArticleSourceException>();

        Assert.Empty(new JsonLinesArticleSource("/no/such/corpus.jsonl", new ArticleSourceOptions { OnSkipped = skipped.Add }).Read());
        Assert.Equal(ArticleSourceError.Missing, Assert.Single(skipped).Error);
    }
}
