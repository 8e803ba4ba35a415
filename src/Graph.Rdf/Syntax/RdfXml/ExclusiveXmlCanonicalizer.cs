using System.Text;
using System.Xml.Linq;

namespace Graph.Rdf.Syntax.RdfXml;

/// <summary>
/// Writes the content of an <c>rdf:parseType="Literal"</c> property element as Exclusive XML
/// Canonicalization 1.0 (without comments) does, which is the lexical form RDF gives such literals:
/// namespace declarations only where visibly used, attributes sorted, empty elements as start and
/// end tags, text and attribute values escaped canonically.
/// </summary>
internal static class ExclusiveXmlCanonicalizer
{
    /// <summary>The canonical form of the children of <paramref name="element"/>.</summary>
    public static string CanonicalizeContent(XElement element)
    {
        var builder = new StringBuilder();
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in element.Nodes())
        {
            WriteNode(node, builder, rendered);
        }

        return builder.ToString();
    }

    private static void WriteNode(XNode node, StringBuilder builder, Dictionary<string, string> rendered)
    {
        switch (node)
        {
            case XElement child:
                WriteElement(child, builder, rendered);
                break;
            case XCData cdata:
                AppendText(builder, cdata.Value);
                break;
            case XText text:
                AppendText(builder, text.Value);
                break;
            case XProcessingInstruction pi:
                builder.Append("<?").Append(pi.Target);
                if (pi.Data.Length > 0)
                {
                    builder.Append(' ').Append(pi.Data);
                }

                builder.Append("?>");
                break;
            default:
                // Comments and document types are not part of the canonical form.
                break;
        }
    }

    private static void WriteElement(XElement element, StringBuilder builder, Dictionary<string, string> renderedByAncestors)
    {
        var rendered = new Dictionary<string, string>(renderedByAncestors, StringComparer.Ordinal);
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);

        var elementPrefix = PrefixOf(element, element.Name.Namespace);
        Use(elementPrefix, element.Name.NamespaceName, rendered, declarations);

        var attributes = new List<(string Namespace, string Local, string Qualified, string Value)>();
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                continue;
            }

            var ns = attribute.Name.NamespaceName;
            string qualified;
            if (ns.Length == 0)
            {
                qualified = attribute.Name.LocalName;
            }
            else if (attribute.Name.Namespace == XNamespace.Xml)
            {
                qualified = "xml:" + attribute.Name.LocalName;
            }
            else
            {
                var prefix = PrefixOf(element, attribute.Name.Namespace);
                Use(prefix, ns, rendered, declarations);
                qualified = prefix.Length == 0 ? attribute.Name.LocalName : prefix + ":" + attribute.Name.LocalName;
            }

            attributes.Add((ns, attribute.Name.LocalName, qualified, attribute.Value));
        }

        var name = elementPrefix.Length == 0 ? element.Name.LocalName : elementPrefix + ":" + element.Name.LocalName;
        builder.Append('<').Append(name);
        foreach (var (prefix, ns) in declarations)
        {
            builder.Append(prefix.Length == 0 ? " xmlns" : " xmlns:" + prefix).Append("=\"");
            AppendAttributeValue(builder, ns);
            builder.Append('"');
        }

        attributes.Sort((a, b) =>
        {
            var byNamespace = string.CompareOrdinal(a.Namespace, b.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Local, b.Local);
        });
        foreach (var attribute in attributes)
        {
            builder.Append(' ').Append(attribute.Qualified).Append("=\"");
            AppendAttributeValue(builder, attribute.Value);
            builder.Append('"');
        }

        builder.Append('>');
        foreach (var node in element.Nodes())
        {
            WriteNode(node, builder, rendered);
        }

        builder.Append("</").Append(name).Append('>');
    }

    /// <summary>Declares a namespace on the current element unless an output ancestor already declared it the same way.</summary>
    private static void Use(string prefix, string ns, Dictionary<string, string> rendered, SortedDictionary<string, string> declarations)
    {
        if (prefix.Length == 0 && ns.Length == 0)
        {
            // An unqualified element needs xmlns="" only when an output ancestor declared a default namespace.
            if (rendered.TryGetValue(string.Empty, out var outer) && outer.Length > 0)
            {
                declarations[string.Empty] = string.Empty;
                rendered[string.Empty] = string.Empty;
            }

            return;
        }

        if (!rendered.TryGetValue(prefix, out var existing) || existing != ns)
        {
            declarations[prefix] = ns;
            rendered[prefix] = ns;
        }
    }

    private static string PrefixOf(XElement scope, XNamespace ns)
    {
        if (ns == XNamespace.None)
        {
            return string.Empty;
        }

        // The prefix the document used: the nearest declaration in scope, the default namespace included.
        for (var current = scope; current is not null; current = current.Parent)
        {
            foreach (var attribute in current.Attributes())
            {
                if (attribute.IsNamespaceDeclaration && attribute.Value == ns.NamespaceName)
                {
                    return attribute.Name.Namespace == XNamespace.None ? string.Empty : attribute.Name.LocalName;
                }
            }
        }

        return scope.GetPrefixOfNamespace(ns) ?? string.Empty;
    }

    private static void AppendText(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                _ => c.ToString(),
            });
        }
    }

    private static void AppendAttributeValue(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                _ => c.ToString(),
            });
        }
    }
}
