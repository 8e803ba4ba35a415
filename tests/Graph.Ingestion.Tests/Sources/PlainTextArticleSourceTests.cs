using System.Text;
using Graph.Ingestion.Sources;

namespace Graph.Ingestion.Tests.Sources;

public sealed class PlainTextArticleSourceTests
{
    [Fact]
    public void The_first_line_is_the_headline_when_a_blank_line_follows_it()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("talks.txt", "Ministers meet in Oslo\r\n\r\nThe ministers met on Monday.\r\nThey talked.\r\n");

        var article = Assert.Single(new PlainTextArticleSource(path, new ArticleSourceOptions { Published = new DateOnly(2021, 3, 10) }).Read());

        Assert.Equal("Ministers meet in Oslo", article.Headline);
        Assert.Equal("The ministers met on Monday.\nThey talked.", article.Text);
        Assert.Equal(new DateOnly(2021, 3, 10), article.Published);
        Assert.StartsWith("talks-", article.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_blank_second_line_the_whole_file_is_the_body()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("a.txt", "The ministers met on Monday.\nThey talked.");

        var article = Assert.Single(new PlainTextArticleSource(path).Read());

        Assert.Null(article.Headline);
        Assert.Equal("The ministers met on Monday.\nThey talked.", article.Text);
    }

    [Fact]
    public void The_id_is_the_same_in_every_run_and_differs_for_different_text_under_the_same_name()
    {
        using var one = new TemporaryFolder();
        using var two = new TemporaryFolder();
        var first = one.Write("a.txt", "One text.");
        var second = two.Write("a.txt", "Another text.");

        var id = new PlainTextArticleSource(first).Read().Single().Id;

        Assert.Equal(id, new PlainTextArticleSource(first).Read().Single().Id);
        Assert.NotEqual(id, new PlainTextArticleSource(second).Read().Single().Id);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var error = Assert.Throws<ArticleSourceException>(() => new PlainTextArticleSource("/no/such/article.txt").Read().ToList());

        Assert.Equal(ArticleSourceError.Missing, error.Error);
        Assert.Contains("/no/such/article.txt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n \t\n")]
    [InlineData("Only a headline\n\n")]
    public void A_file_without_article_text_is_empty(string content)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("empty.txt", content);

        var error = Assert.Throws<ArticleSourceException>(() => new PlainTextArticleSource(path).Read().ToList());

        Assert.Equal(ArticleSourceError.Empty, error.Error);
        Assert.Contains("empty.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_is_refused_with_the_offset_of_the_first_nul_byte()
    {
        using var folder = new TemporaryFolder();
        var path = folder.WriteBytes("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var error = Assert.Throws<ArticleSourceException>(() => new PlainTextArticleSource(path).Read().ToList());

        Assert.Equal(ArticleSourceError.Binary, error.Error);
        Assert.Equal(8, error.ByteOffset);
    }

    [Fact]
    public void Utf16_text_is_refused_as_binary()
    {
        using var folder = new TemporaryFolder();
        var path = folder.WriteBytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Hello")]);

        var error = Assert.Throws<ArticleSourceException>(() => new PlainTextArticleSource(path).Read().ToList());

        Assert.Equal(ArticleSourceError.Binary, error.Error);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset_and_line()
    {
        using var folder = new TemporaryFolder();
        // "Caf" then a Latin-1 é (0xE9) followed by ASCII: not a valid UTF-8 sequence, at byte 10 on line 3.
        var path = folder.WriteBytes("latin1.txt", [.. "Title\n\nCaf"u8, 0xE9, .. " au lait"u8]);

        var error = Assert.Throws<ArticleSourceException>(() => new PlainTextArticleSource(path).Read().ToList());

        Assert.Equal(ArticleSourceError.InvalidUtf8, error.Error);
        Assert.Equal(10, error.ByteOffset);
        Assert.Equal(3, error.Line);
        Assert.Contains("byte offset 10", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xE9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        using var folder = new TemporaryFolder();
        var path = folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "Text."u8]);

        Assert.Equal("Text.", new PlainTextArticleSource(path).Read().Single().Text);
    }

    [Fact]
    public void An_article_over_the_limit_is_refused_before_it_is_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("big.txt", new string('a', 2000));

        var error = Assert.Throws<ArticleSourceException>(() => new PlainTextArticleSource(path, new ArticleSourceOptions { MaxArticleBytes = 1000 }).Read().ToList());

        Assert.Equal(ArticleSourceError.TooLarge, error.Error);
        Assert.Contains("2,000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifty_megabyte_article_is_refused_by_default_without_reading_it()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var error = Assert.Throws<ArticleSourceException>(() => new PlainTextArticleSource(path).Read().ToList());

        Assert.Equal(ArticleSourceError.TooLarge, error.Error);
    }

    [Fact]
    public void With_on_skipped_a_bad_file_is_reported_and_yields_nothing()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("empty.txt", "");
        var skipped = new List<ArticleSourceException>();

        var articles = new PlainTextArticleSource(path, new ArticleSourceOptions { OnSkipped = skipped.Add }).Read().ToList();

        Assert.Empty(articles);
        Assert.Equal(ArticleSourceError.Empty, Assert.Single(skipped).Error);
    }
}
