using Graph.Rdf;

namespace Graph.Rdf.Tests.Terms;

public sealed class IriResolutionTests
{
    private static readonly Iri Base = Iri.Parse("http://a/b/c/d;p?q");

    // The normal and abnormal examples of RFC 3986 section 5.4.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    public void Resolves_the_examples_of_RFC_3986(string reference, string expected)
    {
        Assert.Equal(expected, Base.Resolve(reference).Value);
    }

    [Fact]
    public void Keeps_the_IRI_exactly_as_written_where_System_Uri_would_rewrite_it()
    {
        var iri = Iri.Parse("HTTP://Example.ORG/%7euser/a%2Fb/é");

        Assert.Equal("HTTP://Example.ORG/%7euser/a%2Fb/é", iri.Value);
    }

    [Theory]
    [InlineData("no-scheme")]
    [InlineData("http://example.org/a b")]
    [InlineData("http://example.org/<x>")]
    [InlineData("http://example.org/\"")]
    [InlineData("http://example.org/%zz")]
    [InlineData("http://example.org/\n")]
    public void Refuses_strings_that_are_not_absolute_IRIs(string text)
    {
        var error = Assert.Throws<IriFormatException>(() => Iri.Parse(text));
        Assert.Equal(text, error.Text);
    }

    [Fact]
    public void Refuses_a_lone_surrogate()
    {
        Assert.Throws<IriFormatException>(() => Iri.Parse("http://example.org/\uD800x"));
    }
}
