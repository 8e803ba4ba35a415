using System.Text;
using System.Xml;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.RdfXml;

/// <summary>
/// Writes RDF/XML, abbreviated where the graph allows: one element per subject, typed node
/// elements, blank nodes used once nested in place, and RDF 1.2 triple terms as
/// <c>rdf:parseType="Triple"</c>.
/// </summary>
/// <remarks>
/// RDF/XML must declare every namespace on the root element, so the writer holds the triples until
/// <see cref="EndRdf"/>. Predicates whose IRI cannot be split into a namespace and an XML name, and
/// text XML cannot carry (control characters, lone surrogates), are refused with
/// <see cref="RdfWriteException"/>; named graphs too, since RDF/XML has none.
/// </remarks>
public sealed class RdfXmlWriter : IRdfWriter
{
    private const string Indent = "  ";

    private readonly TextWriter _output;
    private readonly RdfWriterOptions _options;
    private readonly List<Triple> _triples = [];
    private readonly HashSet<Triple> _seen = [];

    /// <summary>Creates a writer that writes to <paramref name="output"/> when the input ends.</summary>
    public RdfXmlWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _options = options ?? new RdfWriterOptions();
    }

    /// <inheritdoc />
    public void HandleQuad(in Quad quad)
    {
        if (quad.Graph is not null)
        {
            throw new RdfWriteException($"RDF/XML has no named graphs: cannot write a statement of graph {quad.Graph}");
        }

        HandleTriple(quad.Triple);
    }

    /// <inheritdoc />
    public void HandleTriple(in Triple triple)
    {
        if (triple.Subject is TripleTerm)
        {
            throw new RdfWriteException("RDF/XML cannot write a triple term as a subject");
        }

        if (_seen.Add(triple))
        {
            _triples.Add(triple);
        }
    }

    /// <inheritdoc />
    public void EndRdf()
    {
        var document = new RdfXmlDocumentPlan(_triples, _options.Prefixes);
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
        foreach (var (prefix, ns) in document.Namespaces)
        {
            builder.Append("\n    xmlns:").Append(prefix).Append("=\"");
            AppendEscaped(builder, ns, inAttribute: true);
            builder.Append('"');
        }

        if (document.UsesDirection)
        {
            builder.Append("\n    xmlns:its=\"").Append(RdfXmlNames.ItsNamespace).Append("\" its:version=\"2.0\"");
        }

        if (document.UsesRdf12)
        {
            builder.Append("\n    rdf:version=\"1.2\"");
        }

        builder.Append(">\n");
        foreach (var subject in document.TopLevelSubjects)
        {
            WriteNode(builder, document, subject, 1);
        }

        builder.Append("</rdf:RDF>\n");
        _output.Write(builder.ToString());
        _output.Flush();
    }

    private void WriteNode(StringBuilder builder, RdfXmlDocumentPlan document, Term subject, int depth)
    {
        var properties = document.PropertiesOf(subject);
        var typeElement = properties.FirstOrDefault(t => t.Predicate == Vocab.Rdf.Type && t.Object is Iri type && document.TryQualify(type, out _));
        var elementName = typeElement.Object is Iri typeIri && document.TryQualify(typeIri, out var qualified) ? qualified : "rdf:Description";

        Pad(builder, depth).Append('<').Append(elementName);
        switch (subject)
        {
            case Iri iri:
                builder.Append(" rdf:about=\"");
                AppendEscaped(builder, iri.Value, inAttribute: true);
                builder.Append('"');
                break;
            case BlankNode blank when !document.IsNestedBlankNode(blank):
                builder.Append(" rdf:nodeID=\"").Append(document.NodeIdOf(blank)).Append('"');
                break;
            default:
                break;
        }

        var rest = properties.Where(t => t != typeElement || elementName == "rdf:Description").ToList();
        if (rest.Count == 0)
        {
            builder.Append("/>\n");
            return;
        }

        builder.Append(">\n");
        foreach (var triple in rest)
        {
            WriteProperty(builder, document, triple, depth + 1);
        }

        Pad(builder, depth).Append("</").Append(elementName).Append(">\n");
    }

    private void WriteProperty(StringBuilder builder, RdfXmlDocumentPlan document, Triple triple, int depth)
    {
        if (!document.TryQualify(triple.Predicate, out var name))
        {
            throw new RdfWriteException($"RDF/XML cannot write the predicate {triple.Predicate}: it does not end in an XML name");
        }

        Pad(builder, depth).Append('<').Append(name);
        switch (triple.Object)
        {
            case Iri iri:
                builder.Append(" rdf:resource=\"");
                AppendEscaped(builder, iri.Value, inAttribute: true);
                builder.Append("\"/>\n");
                break;
            case BlankNode blank when document.IsNestedBlankNode(blank):
                builder.Append(">\n");
                WriteNode(builder, document, blank, depth + 1);
                Pad(builder, depth).Append("</").Append(name).Append(">\n");
                break;
            case BlankNode blank:
                builder.Append(" rdf:nodeID=\"").Append(document.NodeIdOf(blank)).Append("\"/>\n");
                break;
            case Literal literal:
                WriteLiteralProperty(builder, literal);
                builder.Append("</").Append(name).Append(">\n");
                break;
            case TripleTerm tripleTerm:
                builder.Append(" rdf:parseType=\"Triple\">\n");
                Pad(builder, depth + 1).Append("<rdf:Description");
                AppendSubjectAttribute(builder, document, tripleTerm.Triple.Subject);
                builder.Append(">\n");
                WriteProperty(builder, document, tripleTerm.Triple, depth + 2);
                Pad(builder, depth + 1).Append("</rdf:Description>\n");
                Pad(builder, depth).Append("</").Append(name).Append(">\n");
                break;
            default:
                throw new RdfWriteException($"RDF/XML cannot write the object {triple.Object}");
        }
    }

    private static void AppendSubjectAttribute(StringBuilder builder, RdfXmlDocumentPlan document, Term subject)
    {
        switch (subject)
        {
            case Iri iri:
                builder.Append(" rdf:about=\"");
                AppendEscaped(builder, iri.Value, inAttribute: true);
                builder.Append('"');
                break;
            case BlankNode blank:
                builder.Append(" rdf:nodeID=\"").Append(document.NodeIdOf(blank)).Append('"');
                break;
            default:
                throw new RdfWriteException($"RDF/XML cannot write {subject} as the subject of a triple term");
        }
    }

    private static void WriteLiteralProperty(StringBuilder builder, Literal literal)
    {
        if (literal.Language is not null)
        {
            builder.Append(" xml:lang=\"");
            AppendEscaped(builder, literal.Language, inAttribute: true);
            builder.Append('"');
            if (literal.Direction is not null)
            {
                builder.Append(" its:dir=\"").Append(literal.Direction).Append('"');
            }
        }
        else if (literal.Datatype != Vocab.Xsd.String)
        {
            builder.Append(" rdf:datatype=\"");
            AppendEscaped(builder, literal.Datatype.Value, inAttribute: true);
            builder.Append('"');
        }

        builder.Append('>');
        AppendEscaped(builder, literal.LexicalForm, inAttribute: false);
    }

    private static StringBuilder Pad(StringBuilder builder, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            builder.Append(Indent);
        }

        return builder;
    }

    /// <summary>Escapes text for XML, refusing what XML 1.0 cannot carry at all.</summary>
    private static void AppendEscaped(StringBuilder builder, string text, bool inAttribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                throw new RdfWriteException($"cannot write a lone surrogate (U+{(int)c:X4}) in RDF/XML");
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                throw new RdfWriteException($"XML 1.0 cannot carry the character U+{(int)c:X4}");
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"' when inAttribute: builder.Append("&quot;"); break;
                case '\r': builder.Append("&#xD;"); break;
                case '\n' when inAttribute: builder.Append("&#xA;"); break;
                case '\t' when inAttribute: builder.Append("&#x9;"); break;
                default: builder.Append(c); break;
            }
        }
    }
}
