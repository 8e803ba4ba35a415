using Graph.Ingestion.Sources;

namespace Graph.Ingestion.Tests.Sources;

public sealed class FolderArticleSourceTests
{
    [Fact]
    public void A_folder_yields_its_text_articles_and_corpora_in_name_order()
    {
        using var folder = new TemporaryFolder();
        folder.Write("b.txt", "Bee.");
        folder.Write("a.txt", "Ay.");
        folder.Write("c.jsonl", "{\"text\":\"Sea one.\"}\n{\"text\":\"Sea two.\"}\n");
        folder.Write("notes.md", "Not an article.");

        var texts = ArticleSources.Open(folder.Path).Read().Select(a => a.Text).ToList();

        Assert.Equal(["Ay.", "Bee.", "Sea one.", "Sea two."], texts);
    }

    [Fact]
    public void A_folder_without_articles_is_empty()
    {
        using var folder = new TemporaryFolder();
        folder.Write("notes.md", "Not an article.");

        var error = Assert.Throws<ArticleSourceException>(() => ArticleSources.Open(folder.Path).Read().ToList());

        Assert.Equal(ArticleSourceError.Empty, error.Error);
    }

    [Fact]
    public void With_on_skipped_a_bad_file_in_a_folder_does_not_stop_the_others()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", "");
        folder.Write("b.txt", "Bee.");
        var skipped = new List<ArticleSourceException>();

        var texts = ArticleSources.Open(folder.Path, new ArticleSourceOptions { OnSkipped = skipped.Add }).Read().Select(a => a.Text).ToList();

        Assert.Equal(["Bee."], texts);
        Assert.EndsWith("a.txt", Assert.Single(skipped).SourceName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extension_chooses_the_kind_of_file_source()
    {
        Assert.IsType<JsonLinesArticleSource>(ArticleSources.Open("corpus.jsonl"));
        Assert.IsType<JsonLinesArticleSource>(ArticleSources.Open("corpus.NDJSON"));
        Assert.IsType<PlainTextArticleSource>(ArticleSources.Open("article.txt"));
    }
}
