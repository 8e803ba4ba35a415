using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Results;
using Graph.Testing;
using static Graph.Sparql.Tests.Results.ResultSets;

namespace Graph.Sparql.Tests.Results;

/// <summary>
/// The result-format tests of the W3C SPARQL 1.1 suite (json-res, csv-tsv-res) that only need the writers:
/// the rows each query gives on its data, worked out by hand from data.ttl, written by our writer, must be
/// the answer the expected file holds.
/// </summary>
public class ResultFormatSuiteTests
{
    private const string Suite = "conformance/w3c-rdf-tests/sparql/sparql11/";
    private static readonly string[] Spo = ["s", "p", "o"];
    private static readonly string[] SpoOptional = ["s", "p", "o", "p2", "o2"];

    private static Iri Ex(string local) => Iri.Parse("http://example.org/" + local);

    private static Literal Typed(string lexical, string xsd) => Literal.Typed(lexical, Iri.Parse(Vocab.Xsd.Namespace + xsd));

    // json-res/data.ttl with SELECT * { ?s ?p ?o } ORDER BY ?s ?p ?o
    private static SparqlResultSet JsonRes01() => Of(
        Spo,
        [Ex("s1"), Ex("p1"), Ex("s2")],
        [Ex("s2"), Ex("p2"), Literal.String("foo")],
        [Ex("s3"), Ex("p2"), Literal.String("bar")],
        [Ex("s4"), Ex("p4"), Literal.Integer(4)],
        [Ex("s5"), Ex("p5"), Typed("5", "decimal")],
        [Ex("s6"), Ex("p6"), new BlankNode("o6")]);

    // ... and with OPTIONAL { ?o ?p2 ?o2 }: only :s2 (the object of :s1) has properties.
    private static SparqlResultSet JsonRes02() => Of(
        SpoOptional,
        [Ex("s1"), Ex("p1"), Ex("s2"), Ex("p2"), Literal.String("foo")],
        [Ex("s2"), Ex("p2"), Literal.String("foo"), null, null],
        [Ex("s3"), Ex("p2"), Literal.String("bar"), null, null],
        [Ex("s4"), Ex("p4"), Literal.Integer(4), null, null],
        [Ex("s5"), Ex("p5"), Typed("5", "decimal"), null, null],
        [Ex("s6"), Ex("p6"), new BlankNode("o6"), null, null]);

    // csv-tsv-res/data.ttl (like json-res but :s3 :p3 and 5.5) with the same two queries.
    private static SparqlResultSet CsvTsv01() => Of(
        Spo,
        [Ex("s1"), Ex("p1"), Ex("s2")],
        [Ex("s2"), Ex("p2"), Literal.String("foo")],
        [Ex("s3"), Ex("p3"), Literal.String("bar")],
        [Ex("s4"), Ex("p4"), Literal.Integer(4)],
        [Ex("s5"), Ex("p5"), Typed("5.5", "decimal")],
        [Ex("s6"), Ex("p6"), new BlankNode("o6")]);

    private static SparqlResultSet CsvTsv02() => Of(
        SpoOptional,
        [Ex("s1"), Ex("p1"), Ex("s2"), Ex("p2"), Literal.String("foo")],
        [Ex("s2"), Ex("p2"), Literal.String("foo"), null, null],
        [Ex("s3"), Ex("p3"), Literal.String("bar"), null, null],
        [Ex("s4"), Ex("p4"), Literal.Integer(4), null, null],
        [Ex("s5"), Ex("p5"), Typed("5.5", "decimal"), null, null],
        [Ex("s6"), Ex("p6"), new BlankNode("o6"), null, null]);

    // csv-tsv-res/data2.ttl: corner cases of typed literals.
    private static SparqlResultSet CsvTsv03() => Of(
        Spo,
        [Ex("s1"), Ex("p1"), Literal.String("1")],
        [Ex("s2"), Ex("p2"), Typed("2.2", "decimal")],
        [Ex("s3"), Ex("p3"), Typed("-3", "negativeInteger")],
        [Ex("s4"), Ex("p4"), Literal.String("4,4")],
        [Ex("s5"), Ex("p5"), Literal.Typed("5,5", Ex("myCustomDatatype"))],
        [Ex("s6"), Ex("p6"), Typed("1.0E6", "double")],
        [Ex("s7"), Ex("p7"), Typed("a7", "hexBinary")]);

    public static TheoryData<string, string> SelectCases => new()
    {
        { "json-res/jsonres01.srj", "jsonres01" },
        { "json-res/jsonres02.srj", "jsonres02" },
        { "csv-tsv-res/csvtsv01.tsv", "csvtsv01" },
        { "csv-tsv-res/csvtsv02.tsv", "csvtsv02" },
        { "csv-tsv-res/csvtsv03.tsv", "csvtsv03" },
        { "csv-tsv-res/csvtsv01.csv", "csvtsv01" },
        { "csv-tsv-res/csvtsv02.csv", "csvtsv02" },
        { "csv-tsv-res/csvtsv03.csv", "csvtsv03" },
    };

    private static SparqlResultSet ResultsOf(string name) => name switch
    {
        "jsonres01" => JsonRes01(),
        "jsonres02" => JsonRes02(),
        "csvtsv01" => CsvTsv01(),
        "csvtsv02" => CsvTsv02(),
        _ => CsvTsv03(),
    };

    [Theory]
    [MemberData(nameof(SelectCases))]
    public void Our_writer_gives_the_expected_result_file(string expectedFile, string results)
    {
        var path = SharedData.PathOf(Suite + expectedFile);
        var format = Path.GetExtension(path) switch
        {
            ".srj" => SparqlResultsFormat.Json,
            ".tsv" => SparqlResultsFormat.Tsv,
            _ => SparqlResultsFormat.Csv,
        };
        var written = Write(SparqlResultsFormats.CreateWriter(format), ResultsOf(results));
        var ours = SparqlResultsReader.Read(new StringReader(written), format, "ours");
        var expected = SparqlResultsReader.ReadFile(path);

        // Every query of these tests has ORDER BY over all its variables, so the order counts too.
        var outcome = ResultSetEquivalence.Compare(expected, ours, ordered: true);
        Assert.True(outcome.AreEquivalent, outcome.Difference);
        Assert.Equal(expected.Variables, ours.Variables);
    }

    [Fact]
    public void Our_csv_is_the_expected_file_line_for_line_up_to_blank_node_labels_and_line_ends()
    {
        var path = SharedData.PathOf(Suite + "csv-tsv-res/csvtsv03.csv");
        var written = Write(new SparqlCsvResultsWriter(), CsvTsv03());
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), written.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json-res/jsonres03.srj", true)]
    [InlineData("json-res/jsonres04.srj", false)]
    public void Our_ask_answer_is_the_expected_file(string expectedFile, bool answer)
    {
        var path = SharedData.PathOf(Suite + expectedFile);
        var written = WriteBoolean(new SparqlJsonResultsWriter(), answer);
        var ours = SparqlResultsReader.Read(new StringReader(written), SparqlResultsFormat.Json);
        Assert.True(ResultSetEquivalence.AreEquivalent(SparqlResultsReader.ReadFile(path), ours));
    }

    [Fact]
    public void A_wrong_answer_is_told_apart_from_the_expected_file()
    {
        var path = SharedData.PathOf(Suite + "json-res/jsonres01.srj");
        var wrong = JsonRes01().Solutions.Take(5).Append(new SparqlSolution(Spo, [Ex("s6"), Ex("p6"), Literal.String("o6")]));
        var outcome = ResultSetEquivalence.Compare(
            SparqlResultsReader.ReadFile(path),
            SparqlResults.Materialize(new SparqlResultSet(Spo, wrong.ToList())));
        Assert.False(outcome.AreEquivalent);
        Assert.Contains("_:", outcome.Difference);
    }
}
