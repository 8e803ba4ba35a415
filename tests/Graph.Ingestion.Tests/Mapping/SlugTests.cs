using Graph.Ingestion.Mapping;

namespace Graph.Ingestion.Tests.Mapping;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Didier Reynders", "didier-reynders")]
    [InlineData("Margot Wallström", "margot-wallstrom")]
    [InlineData("  EU foreign policy chief ", "eu-foreign-policy-chief")]
    [InlineData("U.S.", "u-s")]
    [InlineData("!!!", "")]
    [InlineData("Москва", "%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0")]
    public void A_slug_is_lower_case_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.Of(text));

    [Fact]
    public void A_key_keeps_its_segments() =>
        Assert.Equal("country/be", Slug.OfPath("country/BE"));
}
