using System.Xml;
using System.Xml.Linq;

namespace Graph.Rdf.Syntax.RdfXml;

/// <summary>
/// Reads RDF/XML (RDF 1.1 XML Syntax, with the RDF 1.2 additions: <c>rdf:parseType="Triple"</c>,
/// <c>rdf:annotation</c>, <c>rdf:annotationNodeID</c> and <c>its:dir</c>).
/// </summary>
/// <remarks>
/// The document is loaded as an XML tree first (RDF/XML needs the whole element to decide what a
/// property element means), with internal DTD entities expanded but no external resource fetched.
/// </remarks>
public sealed class RdfXmlReader : IRdfReader
{
    /// <summary>The most characters entity expansion may produce, a guard against "billion laughs" documents.</summary>
    private const long MaxCharactersFromEntities = 10_000_000;

    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new RdfReaderOptions();
        var document = Load(input, options.SourceName);
        sink.StartRdf();
        new RdfXmlParser(sink, options).ParseDocument(document);
        sink.EndRdf();
    }

    private static XDocument Load(TextReader input, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxCharactersFromEntities,
            IgnoreComments = false,
        };
        try
        {
            using var xml = XmlReader.Create(input, settings);
            return XDocument.Load(xml, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException("not well-formed XML: " + StripPosition(e.Message), sourceName, e.LineNumber, e.LinePosition);
        }
    }

    // XmlException messages end with "Line n, position m." which the RdfSyntaxException already says.
    private static string StripPosition(string message)
    {
        var index = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }
}
