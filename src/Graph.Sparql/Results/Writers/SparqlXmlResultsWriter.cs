using System.Xml;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Results;

/// <summary>
/// Writes the SPARQL Query Results XML Format, streaming the rows. Triple terms are written as
/// <c>&lt;triple&gt;&lt;subject&gt;…&lt;/subject&gt;…&lt;/triple&gt;</c> (SPARQL 1.2).
/// </summary>
public sealed class SparqlXmlResultsWriter : ISparqlResultsWriter
{
    /// <summary>The namespace of the format's elements.</summary>
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <inheritdoc />
    /// <exception cref="SparqlResultsWriteException">A value holds a character XML 1.0 cannot carry.</exception>
    public void WriteResultSet(SparqlResultSet results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = Create(output);
        try
        {
            xml.WriteStartElement("sparql", Namespace);
            xml.WriteStartElement("head", Namespace);
            foreach (var variable in results.Variables)
            {
                xml.WriteStartElement("variable", Namespace);
                xml.WriteAttributeString("name", variable);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("results", Namespace);
            foreach (var solution in results.Solutions)
            {
                xml.WriteStartElement("result", Namespace);
                for (var i = 0; i < results.Variables.Count; i++)
                {
                    if (solution[i] is not { } term)
                    {
                        continue;
                    }

                    xml.WriteStartElement("binding", Namespace);
                    xml.WriteAttributeString("name", results.Variables[i]);
                    WriteTerm(xml, term);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.Flush();
            output.Write('\n');
        }
        catch (ArgumentException e)
        {
            throw new SparqlResultsWriteException("the results cannot be written as XML: " + e.Message, e);
        }
    }

    /// <inheritdoc />
    public void WriteBoolean(bool value, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var xml = Create(output);
        xml.WriteStartElement("sparql", Namespace);
        xml.WriteStartElement("head", Namespace);
        xml.WriteEndElement();
        xml.WriteElementString("boolean", Namespace, value ? "true" : "false");
        xml.WriteEndElement();
        xml.Flush();
        output.Write('\n');
    }

    private static XmlWriter Create(TextWriter output)
    {
        // The declaration is ours: XmlWriter would name the TextWriter's encoding (UTF-16 for a StringWriter).
        output.Write("<?xml version=\"1.0\"?>\n");
        return XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            CloseOutput = false,
            NewLineChars = "\n",
            OmitXmlDeclaration = true,
        });
    }

    private static void WriteTerm(XmlWriter xml, Term term)
    {
        switch (term)
        {
            case Iri iri:
                xml.WriteElementString("uri", Namespace, iri.Value);
                break;
            case BlankNode blank:
                xml.WriteElementString("bnode", Namespace, blank.Label);
                break;
            case Literal literal:
                xml.WriteStartElement("literal", Namespace);
                if (literal.Language is not null)
                {
                    xml.WriteAttributeString("xml", "lang", XmlNamespace, literal.Language);
                    if (literal.Direction is not null)
                    {
                        xml.WriteAttributeString("its", "dir", "http://www.w3.org/2005/11/its", literal.Direction);
                    }
                }
                else if (literal.Datatype != Vocab.Xsd.String)
                {
                    xml.WriteAttributeString("datatype", literal.Datatype.Value);
                }

                xml.WriteString(literal.LexicalForm);
                xml.WriteEndElement();
                break;
            case TripleTerm triple:
                xml.WriteStartElement("triple", Namespace);
                xml.WriteStartElement("subject", Namespace);
                WriteTerm(xml, triple.Triple.Subject);
                xml.WriteEndElement();
                xml.WriteStartElement("predicate", Namespace);
                WriteTerm(xml, triple.Triple.Predicate);
                xml.WriteEndElement();
                xml.WriteStartElement("object", Namespace);
                WriteTerm(xml, triple.Triple.Object);
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }
    }
}
