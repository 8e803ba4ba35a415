using System.Text.Json;
using System.Xml.Linq;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Results;
using static Graph.Sparql.Tests.Results.ResultSets;

namespace Graph.Sparql.Tests.Results;

public class WritersTests
{
    private static readonly Iri Alice = Iri.Parse("http://example.org/alice");

    private static SparqlResultSet Mixed() => Of(
        ["x", "name"],
        [Alice, Literal.LangString("Alice", "en")],
        [new BlankNode("b1"), Literal.String("a \"quoted\", comma\nline")],
        [Literal.Integer(42), null]);

    [Fact]
    public void Json_writes_types_languages_datatypes_and_skips_unbound_variables()
    {
        using var doc = JsonDocument.Parse(Write(new SparqlJsonResultsWriter(), Mixed()));
        var root = doc.RootElement;
        Assert.Equal(["x", "name"], root.GetProperty("head").GetProperty("vars").EnumerateArray().Select(v => v.GetString()));
        var rows = root.GetProperty("results").GetProperty("bindings").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("uri", rows[0].GetProperty("x").GetProperty("type").GetString());
        Assert.Equal("http://example.org/alice", rows[0].GetProperty("x").GetProperty("value").GetString());
        Assert.Equal("en", rows[0].GetProperty("name").GetProperty("xml:lang").GetString());
        Assert.Equal("bnode", rows[1].GetProperty("x").GetProperty("type").GetString());
        Assert.Equal("a \"quoted\", comma\nline", rows[1].GetProperty("name").GetProperty("value").GetString());
        Assert.False(rows[1].GetProperty("name").TryGetProperty("datatype", out _));
        Assert.Equal(Vocab.Xsd.Integer.Value, rows[2].GetProperty("x").GetProperty("datatype").GetString());
        Assert.False(rows[2].TryGetProperty("name", out _));
    }

    [Fact]
    public void Json_writes_ask_results()
    {
        using var doc = JsonDocument.Parse(WriteBoolean(new SparqlJsonResultsWriter(), true));
        Assert.True(doc.RootElement.GetProperty("boolean").GetBoolean());
        Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("head").ValueKind);
    }

    [Fact]
    public void Xml_writes_the_results_namespace_and_one_binding_per_bound_variable()
    {
        XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        var doc = XDocument.Parse(Write(new SparqlXmlResultsWriter(), Mixed()));
        Assert.Equal(ns + "sparql", doc.Root!.Name);
        Assert.Equal(["x", "name"], doc.Root.Element(ns + "head")!.Elements(ns + "variable").Select(v => (string?)v.Attribute("name")));
        var results = doc.Root.Element(ns + "results")!.Elements(ns + "result").ToList();
        Assert.Equal(3, results.Count);
        var literal = results[0].Elements(ns + "binding").Single(b => (string?)b.Attribute("name") == "name").Element(ns + "literal")!;
        Assert.Equal("en", (string?)literal.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("b1", results[1].Element(ns + "binding")!.Element(ns + "bnode")!.Value);
        Assert.Single(results[2].Elements(ns + "binding"));
        Assert.Equal(Vocab.Xsd.Integer.Value, (string?)results[2].Element(ns + "binding")!.Element(ns + "literal")!.Attribute("datatype"));
    }

    [Fact]
    public void Xml_writes_ask_results()
    {
        XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        var doc = XDocument.Parse(WriteBoolean(new SparqlXmlResultsWriter(), false));
        Assert.Equal("false", doc.Root!.Element(ns + "boolean")!.Value);
    }

    [Fact]
    public void Xml_refuses_characters_xml_cannot_carry_with_a_specific_exception()
    {
        var results = Of(["x"], [Literal.String("bell \u0007")]);
        var e = Assert.Throws<SparqlResultsWriteException>(() => Write(new SparqlXmlResultsWriter(), results));
        Assert.Contains("XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_escapes_control_characters()
    {
        var json = Write(new SparqlJsonResultsWriter(), Of(["x"], [Literal.String("bell \u0007 tab\t")]));
        Assert.Contains("bell \\u0007 tab\\t", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("bell \u0007 tab\t", doc.RootElement.GetProperty("results").GetProperty("bindings")[0].GetProperty("x").GetProperty("value").GetString());
    }

    [Fact]
    public void Csv_quotes_fields_that_need_it_and_ends_lines_with_crlf()
    {
        var csv = Write(new SparqlCsvResultsWriter(), Mixed());
        Assert.Equal(
            "x,name\r\nhttp://example.org/alice,Alice\r\n_:b1,\"a \"\"quoted\"\", comma\nline\"\r\n42,\r\n",
            csv);
    }

    [Fact]
    public void Tsv_writes_terms_in_turtle_syntax_with_bare_numbers()
    {
        var results = Of(
            ["s", "o"],
            [Alice, Literal.Integer(4)],
            [Alice, Literal.Typed("5.5", Vocab.Xsd.Decimal)],
            [Alice, Literal.Typed("1.0E6", Vocab.Xsd.Double)],
            [Alice, Literal.Typed("-3", Iri.Parse("http://www.w3.org/2001/XMLSchema#negativeInteger"))],
            [Alice, Literal.Typed("5", Vocab.Xsd.Decimal)],
            [new BlankNode("b0"), Literal.String("tab\there")],
            [Alice, null]);
        var tsv = Write(new SparqlTsvResultsWriter(), results);
        Assert.Equal(
            "?s\t?o\n"
            + "<http://example.org/alice>\t4\n"
            + "<http://example.org/alice>\t5.5\n"
            + "<http://example.org/alice>\t1.0E6\n"
            + "<http://example.org/alice>\t\"-3\"^^<http://www.w3.org/2001/XMLSchema#negativeInteger>\n"
            + "<http://example.org/alice>\t\"5\"^^<http://www.w3.org/2001/XMLSchema#decimal>\n"
            + "_:b0\t\"tab\\there\"\n"
            + "<http://example.org/alice>\t\n",
            tsv);
    }

    [Fact]
    public void Table_aligns_columns_and_shortens_iris_with_prefixes()
    {
        var prefixes = new PrefixMap([("ex", "http://example.org/")]);
        var table = Write(new SparqlTableResultsWriter(prefixes), Of(["x", "n"], [Alice, Literal.Integer(42)], [null, Literal.String("b")]));
        var lines = table.Split('\n');
        Assert.Equal("| ?x       | ?n  |", lines[1]);
        Assert.Equal("| ex:alice | 42  |", lines[3]);
        Assert.Equal("|          | \"b\" |", lines[4]);
        Assert.Equal(lines[0].Length, lines[1].Length);
        Assert.Equal("2 rows", lines[6]);
    }

    [Theory]
    [InlineData("json", SparqlResultsFormat.Json)]
    [InlineData("srx", SparqlResultsFormat.Xml)]
    [InlineData("text/csv", SparqlResultsFormat.Csv)]
    [InlineData(".tsv", SparqlResultsFormat.Tsv)]
    [InlineData("TABLE", SparqlResultsFormat.Table)]
    public void Formats_are_found_by_name_extension_or_media_type(string name, SparqlResultsFormat expected)
    {
        Assert.True(SparqlResultsFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
        Assert.NotNull(SparqlResultsFormats.CreateWriter(format));
    }

    [Fact]
    public void Unknown_format_names_are_refused()
    {
        Assert.False(SparqlResultsFormats.TryParse("yaml", out _));
    }
}
