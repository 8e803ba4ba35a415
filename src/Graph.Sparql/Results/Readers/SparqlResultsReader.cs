using Graph.Rdf;
using Graph.Rdf.Syntax;

namespace Graph.Sparql.Results;

/// <summary>
/// Reads query results: SPARQL JSON (<c>.srj</c>), XML (<c>.srx</c>), TSV and CSV, and result sets written
/// in RDF with the test suite's <c>rs:</c> vocabulary (<c>.ttl</c>, <c>.rdf</c>…, through the RDF readers).
/// </summary>
public static class SparqlResultsReader
{
    /// <summary>Reads a results file, choosing the format from its extension.</summary>
    /// <exception cref="SparqlResultsFormatException">The file is not a valid results document.</exception>
    /// <exception cref="NotSupportedException">The extension names no results format (or an RDF syntax not readable yet).</exception>
    public static SparqlResults ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        using var input = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        if (extension is "srj" or "srx" or "tsv" or "csv" && SparqlResultsFormats.TryParse(extension, out var format))
        {
            return Read(input, format, path);
        }

        if (RdfFormats.TryFromPath(path, out var syntax))
        {
            var baseIri = Iri.FromTrusted(new Uri(Path.GetFullPath(path)).AbsoluteUri);
            return ReadRdf(input, syntax, path, baseIri);
        }

        throw new NotSupportedException($"{path}: the extension '.{extension}' names no query results format");
    }

    /// <summary>Reads results in one of the result formats (not <see cref="SparqlResultsFormat.Table"/>).</summary>
    /// <exception cref="SparqlResultsFormatException">The input is not a valid results document.</exception>
    public static SparqlResults Read(TextReader input, SparqlResultsFormat format, string sourceName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sourceName);
        return format switch
        {
            SparqlResultsFormat.Json => SparqlJsonResultsReader.Read(input, sourceName),
            SparqlResultsFormat.Xml => SparqlXmlResultsReader.Read(input, sourceName),
            SparqlResultsFormat.Tsv => SparqlTsvResultsReader.Read(input, sourceName),
            SparqlResultsFormat.Csv => SparqlCsvResultsReader.Read(input, sourceName),
            _ => throw new NotSupportedException($"{sourceName}: results in the {format} format cannot be read"),
        };
    }

    /// <summary>Reads a result set expressed in RDF (<c>rs:ResultSet</c>) in any syntax the RDF readers know.</summary>
    /// <exception cref="SparqlResultsFormatException">The graph holds no result set, or the document is not valid.</exception>
    /// <exception cref="NotSupportedException">The syntax cannot be read yet.</exception>
    public static SparqlResults ReadRdf(TextReader input, RdfFormat syntax, string sourceName = "<input>", Iri? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = RdfFormats.CreateReader(syntax);
        var triples = new TripleCollector();
        try
        {
            reader.Read(input, triples, new RdfReaderOptions { BaseIri = baseIri, SourceName = sourceName });
        }
        catch (RdfSyntaxException e)
        {
            throw new SparqlResultsFormatException(sourceName, e.Line, e.Column, e.Reason, e);
        }

        return RdfResultSetReader.Read(triples.Triples, sourceName);
    }

    private sealed class TripleCollector : IRdfSink
    {
        public List<Triple> Triples { get; } = [];

        public void HandleQuad(in Quad quad)
        {
            if (quad.IsInDefaultGraph)
            {
                Triples.Add(quad.Triple);
            }
        }
    }
}
