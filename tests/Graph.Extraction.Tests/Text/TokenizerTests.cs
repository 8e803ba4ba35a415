using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToList();

    [Fact]
    public void Initialisms_hyphenated_words_and_numbers_stay_whole() =>
        Assert.Equal(["The", "U.S.", "co-founder", "paid", "2,000", "to", "the", "28-nation", "bloc", "."], Words("The U.S. co-founder paid 2,000 to the 28-nation bloc."));

    [Fact]
    public void A_possessive_is_a_token_of_its_own() =>
        Assert.Equal(["Belgium", "'s", "minister", "and", "the", "ministers", "'", "meeting"], Words("Belgium's minister and the ministers' meeting"));

    [Fact]
    public void Quotation_marks_are_tokens_but_inner_apostrophes_are_not() =>
        Assert.Equal(["“", "We", "don't", ",", "”", "O'Brien", "said"], Words("“We don't,” O'Brien said"));

    [Fact]
    public void Every_span_covers_its_token_text()
    {
        const string text = "Café “Zürich” — naïve 😀 test\u200b end.";
        Assert.All(Tokenizer.Tokenize(text), t => Assert.Equal(t.Text, t.Span.Of(text)));
    }

    [Fact]
    public void Sentences_end_at_full_stops_but_not_after_abbreviations()
    {
        const string text = "Mr. Smith met Dr. Jones in the U.S. on Monday. They talked. \"Fine,\" he said.";
        var document = new TextDocument(text);
        Assert.Equal(["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked.", "\"Fine,\" he said."], document.Sentences.Select(s => s.Span.Of(text)).ToList());
    }
}
