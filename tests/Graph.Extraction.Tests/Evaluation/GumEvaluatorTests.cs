using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class GumEvaluatorTests(ITestOutputHelper output)
{
    private static readonly Lazy<GumEvaluation> s_evaluation = new(() =>
        new GumEvaluator(new ArticleExtractor()).EvaluateFolder(Graph.Testing.SharedData.PathOf("corpora/gum-news-dev")));

    [Fact]
    public void Recall_and_precision_on_the_GUM_news_dev_set_stay_above_their_floors()
    {
        var evaluation = s_evaluation.Value;
        output.WriteLine(evaluation.ToMarkdown());

        // Measured 0.958 recall and 0.927 precision (issue 3 targets: 0.80 and 0.85); the floors catch regressions.
        Assert.True(evaluation.Overall.Recall >= 0.85, $"recall {evaluation.Overall.Recall:0.000}");
        Assert.True(evaluation.Overall.Precision >= 0.85, $"precision {evaluation.Overall.Precision:0.000}");
        Assert.Equal(12, evaluation.Documents.Count);
    }

    [Fact]
    public void The_rebuilt_text_holds_every_gold_mention()
    {
        var folder = Graph.Testing.SharedData.PathOf("corpora/gum-news-dev");
        var document = ConlluDocument.Load(Path.Combine(folder, "GUM_news_nasa.conllu"));
        Assert.Equal(new DateOnly(2011, 4, 13), document.Created);
        var bolden = document.Mentions.Where(m => m.Identity == "Charles_Bolden").Select(m => m.Span.Of(document.Text)).ToList();
        Assert.Contains("Charles Bolden", bolden);
        Assert.All(document.Mentions, m => Assert.True(m.MinSpan.Start >= m.Span.Start && m.MinSpan.End <= m.Span.End));
    }

    [Fact]
    public void A_token_line_with_missing_columns_is_reported_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, "# newpar\n# sent_id = x-1\n1\tHello\thello\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ConlluDocument.Load(path));
            Assert.Contains(":3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
