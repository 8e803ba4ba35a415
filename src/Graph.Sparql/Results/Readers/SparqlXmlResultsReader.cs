using System.Xml;
using System.Xml.Linq;
using Graph.Rdf;

namespace Graph.Sparql.Results;

/// <summary>Reads the SPARQL Query Results XML Format (with SPARQL 1.2 triple terms).</summary>
internal static class SparqlXmlResultsReader
{
    private static readonly XNamespace Ns = SparqlXmlResultsWriter.Namespace;

    public static SparqlResults Read(TextReader input, string sourceName)
    {
        XDocument document;
        try
        {
            using var xml = XmlReader.Create(input, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new SparqlResultsFormatException(sourceName, e.LineNumber, e.LinePosition, "not well-formed XML: " + e.Message, e);
        }

        var root = document.Root;
        if (root is null || root.Name != Ns + "sparql")
        {
            throw Error(sourceName, root, "the root element is not <sparql> in the namespace " + Ns.NamespaceName);
        }

        if (root.Element(Ns + "boolean") is { } boolean)
        {
            return boolean.Value.Trim() switch
            {
                "true" => SparqlResults.FromBoolean(true),
                "false" => SparqlResults.FromBoolean(false),
                _ => throw Error(sourceName, boolean, "<boolean> is neither true nor false"),
            };
        }

        var variables = root.Element(Ns + "head")?.Elements(Ns + "variable")
            .Select(v => (string?)v.Attribute("name") ?? throw Error(sourceName, v, "<variable> has no name"))
            .ToList() ?? [];
        var results = root.Element(Ns + "results") ?? throw Error(sourceName, root, "neither <boolean> nor <results> is present");
        foreach (var name in results.Descendants(Ns + "binding").Select(b => (string?)b.Attribute("name")))
        {
            if (name is not null && !variables.Contains(name))
            {
                variables.Add(name);
            }
        }

        var header = variables.ToArray();
        var rows = new List<SparqlSolution>();
        foreach (var result in results.Elements(Ns + "result"))
        {
            var values = new Term?[header.Length];
            foreach (var binding in result.Elements(Ns + "binding"))
            {
                var name = (string?)binding.Attribute("name") ?? throw Error(sourceName, binding, "<binding> has no name");
                var term = binding.Elements().FirstOrDefault() ?? throw Error(sourceName, binding, $"<binding name=\"{name}\"> holds no term");
                values[Array.IndexOf(header, name)] = ReadTerm(term, sourceName);
            }

            rows.Add(new SparqlSolution(header, values));
        }

        return SparqlResults.FromRows(header, rows);
    }

    private static Term ReadTerm(XElement element, string sourceName)
    {
        var name = element.Name.LocalName;
        switch (name)
        {
            case "uri":
                var value = element.Value.Trim();
                return Iri.TryParse(value, out var iri, out var reason) ? iri! : throw Error(sourceName, element, $"<{value}> is not an IRI: {reason}");
            case "bnode":
                var label = element.Value.Trim();
                return label.Length > 0 ? new BlankNode(label) : throw Error(sourceName, element, "a blank node has an empty label");
            case "literal":
                var language = (string?)element.Attribute(XNamespace.Xml + "lang");
                if (!string.IsNullOrEmpty(language))
                {
                    var direction = element.Attributes().FirstOrDefault(a => a.Name.LocalName == "dir")?.Value;
                    return Literal.LangString(element.Value, language, direction);
                }

                var datatype = (string?)element.Attribute("datatype");
                if (datatype is null)
                {
                    return Literal.String(element.Value);
                }

                return Iri.TryParse(datatype, out var datatypeIri, out _)
                    ? Literal.Typed(element.Value, datatypeIri!)
                    : throw Error(sourceName, element, $"datatype <{datatype}> is not an IRI");
            case "triple":
                Term Part(string part) => ReadTerm(
                    element.Element(Ns + part)?.Elements().FirstOrDefault() ?? throw Error(sourceName, element, $"<triple> has no <{part}>"),
                    sourceName);
                var predicate = Part("predicate") as Iri ?? throw Error(sourceName, element, "a triple's predicate is not an IRI");
                return new TripleTerm(new Triple(Part("subject"), predicate, Part("object")));
            default:
                throw Error(sourceName, element, $"<{name}> is not an RDF term element");
        }
    }

    private static SparqlResultsFormatException Error(string sourceName, XObject? at, string reason)
    {
        var info = at as IXmlLineInfo;
        return new SparqlResultsFormatException(sourceName, info?.LineNumber ?? 0, info?.LinePosition ?? 0, reason);
    }
}
