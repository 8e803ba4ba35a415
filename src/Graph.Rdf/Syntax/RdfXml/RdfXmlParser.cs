using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Graph.Rdf.Vocabularies;
using static Graph.Rdf.Syntax.RdfXml.RdfXmlNames;

namespace Graph.Rdf.Syntax.RdfXml;

/// <summary>
/// Turns one RDF/XML document tree into triples, following the grammar of RDF 1.1 XML Syntax
/// section 7: node elements here, property elements in the other part of this class.
/// </summary>
internal sealed partial class RdfXmlParser
{
    private readonly IRdfSink _sink;
    private readonly RdfReaderOptions _options;
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodeIds = new(StringComparer.Ordinal);
    private long _blankNodeCounter;

    // While a parseType="Triple" element is read, its triple is caught here instead of asserted.
    private List<Triple>? _capture;

    public RdfXmlParser(IRdfSink sink, RdfReaderOptions options)
    {
        _sink = sink;
        _options = options;
    }

    /// <summary>What an element inherits from its ancestors; <paramref name="IsRdf12"/> when an <c>rdf:version</c> is in scope.</summary>
    private readonly record struct Scope(Iri? Base, string? Language, string? Direction, bool IsRdf12);

    public void ParseDocument(XDocument document)
    {
        var root = document.Root ?? throw Error(null, "the document has no root element");
        foreach (var attribute in document.Descendants().Attributes())
        {
            var name = Qualify(attribute.Name);
            if (name == NodeId || name == AnnotationNodeId)
            {
                _nodeIds.Add(attribute.Value);
            }
        }

        var scope = Enter(root, new Scope(_options.BaseIri, null, null, false));
        if (root.Name == RdfRoot)
        {
            foreach (var attribute in root.Attributes())
            {
                var name = Qualify(attribute.Name);
                if (!IsIgnoredAttribute(attribute) && name != VersionAttribute && name.Namespace != Its)
                {
                    throw Error(attribute, $"unexpected attribute {attribute.Name.LocalName} on rdf:RDF");
                }
            }

            foreach (var child in ElementContent(root))
            {
                NodeElement(child, scope);
            }
        }
        else
        {
            NodeElement(root, new Scope(_options.BaseIri, null, null, false));
        }
    }

    /// <summary>Parses a node element and returns its subject.</summary>
    private Term NodeElement(XElement element, Scope outer)
    {
        if (!IsNodeElementName(element.Name))
        {
            throw Error(element, $"rdf:{element.Name.LocalName} cannot name a node element");
        }

        var scope = Enter(element, outer);
        XAttribute? id = null, about = null, nodeId = null;
        var propertyAttributes = new List<XAttribute>();
        foreach (var attribute in element.Attributes())
        {
            if (IsIgnoredAttribute(attribute))
            {
                continue;
            }

            var name = Qualify(attribute.Name);
            if (name == Id)
            {
                id = attribute;
            }
            else if (name == About)
            {
                about = attribute;
            }
            else if (name == NodeId)
            {
                nodeId = attribute;
            }
            else if (name == VersionAttribute || name.Namespace == Its)
            {
                continue;
            }
            else if (IsPropertyAttributeName(name) || name == TypeAttribute)
            {
                propertyAttributes.Add(attribute);
            }
            else
            {
                throw Error(attribute, $"rdf:{name.LocalName} is not allowed on a node element");
            }
        }

        if ((id is not null ? 1 : 0) + (about is not null ? 1 : 0) + (nodeId is not null ? 1 : 0) > 1)
        {
            throw Error(element, "a node element takes at most one of rdf:ID, rdf:about and rdf:nodeID");
        }

        Term subject = id is not null ? IdIri(id, scope)
            : about is not null ? ResolveIri(about, about.Value, scope)
            : nodeId is not null ? NodeIdBlank(nodeId)
            : NewBlankNode();

        if (element.Name != Description)
        {
            Emit(subject, Vocab.Rdf.Type, ElementIri(element));
        }

        PropertyAttributes(subject, propertyAttributes, scope);

        var listIndex = 0;
        foreach (var child in ElementContent(element))
        {
            PropertyElement(subject, child, scope, ref listIndex);
        }

        return subject;
    }

    private void PropertyAttributes(Term subject, List<XAttribute> attributes, Scope scope)
    {
        foreach (var attribute in attributes)
        {
            var name = Qualify(attribute.Name);
            if (name == TypeAttribute)
            {
                Emit(subject, Vocab.Rdf.Type, ResolveIri(attribute, attribute.Value, scope));
            }
            else
            {
                Emit(subject, PredicateOf(name, attribute), PlainLiteral(attribute.Value, scope));
            }
        }
    }

    /// <summary>The element children of a node or property element, refusing text that is not white space.</summary>
    private IEnumerable<XElement> ElementContent(XElement parent)
    {
        foreach (var node in parent.Nodes())
        {
            switch (node)
            {
                case XElement element:
                    yield return element;
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value) || text is XCData:
                    throw Error(node, "text is not allowed here: expected elements only");
                default:
                    break;
            }
        }
    }

    private Scope Enter(XElement element, Scope outer)
    {
        var scope = outer;
        var xmlBase = element.Attribute(XmlBase);
        if (xmlBase is not null)
        {
            scope = scope with { Base = ResolveBase(xmlBase, scope) };
        }

        var lang = element.Attribute(XmlLang);
        if (lang is not null)
        {
            scope = scope with { Language = lang.Value.Length == 0 ? null : lang.Value };
        }

        if (element.Attribute(VersionAttribute) is not null)
        {
            scope = scope with { IsRdf12 = true };
        }

        // Base direction is RDF 1.2: without an rdf:version in scope, its:dir means nothing to RDF.
        var dir = element.Attribute(ItsDir);
        if (dir is not null && scope.IsRdf12)
        {
            if (dir.Value is not ("ltr" or "rtl"))
            {
                throw Error(dir, $"its:dir must be ltr or rtl, not '{dir.Value}'");
            }

            scope = scope with { Direction = dir.Value };
        }

        return scope;
    }

    private Iri ResolveBase(XAttribute xmlBase, Scope scope)
    {
        var value = xmlBase.Value;
        if (scope.Base is null)
        {
            return Iri.TryParse(value, out var absolute, out var error)
                ? absolute!
                : throw Error(xmlBase, $"xml:base '{value}' is not an absolute IRI: {error}");
        }

        return Resolve(xmlBase, value, scope.Base);
    }

    private Iri ResolveIri(XObject source, string reference, Scope scope)
    {
        if (scope.Base is null)
        {
            return Iri.TryParse(reference, out var absolute, out _)
                ? absolute!
                : throw Error(source, $"'{reference}' is a relative IRI and there is no base IRI to resolve it against");
        }

        return Resolve(source, reference, scope.Base);
    }

    private Iri Resolve(XObject source, string reference, Iri baseIri)
    {
        try
        {
            return baseIri.Resolve(reference);
        }
        catch (IriFormatException e)
        {
            throw Error(source, $"invalid IRI '{reference}': {e.Reason}");
        }
    }

    /// <summary>The IRI of an <c>rdf:ID</c>: the base without its fragment, <c>#</c>, the name; unique in the document.</summary>
    private Iri IdIri(XAttribute id, Scope scope)
    {
        var name = id.Value;
        if (!IsNcName(name))
        {
            throw Error(id, $"rdf:ID '{name}' is not an XML name (NCName)");
        }

        var iri = ResolveIri(id, "#" + name, scope);
        if (!_usedIds.Add(iri.Value))
        {
            throw Error(id, $"rdf:ID '{name}' is used twice with the same base IRI");
        }

        return iri;
    }

    private BlankNode NodeIdBlank(XAttribute nodeId)
    {
        if (!IsNcName(nodeId.Value))
        {
            throw Error(nodeId, $"rdf:nodeID '{nodeId.Value}' is not an XML name (NCName)");
        }

        return new BlankNode(nodeId.Value);
    }

    private BlankNode NewBlankNode()
    {
        string label;
        do
        {
            label = "genid" + (++_blankNodeCounter).ToString(CultureInfo.InvariantCulture);
        }
        while (_nodeIds.Contains(label));

        return new BlankNode(label);
    }

    private Iri ElementIri(XElement element)
    {
        if (element.Name.Namespace == XNamespace.None)
        {
            throw Error(element, $"element <{element.Name.LocalName}> has no namespace, so it names no IRI");
        }

        return Iri.FromTrusted(IriOf(element.Name));
    }

    private Iri PredicateOf(XName name, XObject source)
    {
        if (name.Namespace == XNamespace.None)
        {
            throw Error(source, $"'{name.LocalName}' has no namespace, so it names no property");
        }

        return Iri.FromTrusted(IriOf(name));
    }

    private Literal PlainLiteral(string text, Scope scope) =>
        scope.Language is null
            ? Literal.String(text)
            : scope.Direction is null
                ? new Literal(text, Vocab.Rdf.LangString, scope.Language)
                : new Literal(text, Vocab.Rdf.DirLangString, scope.Language, scope.Direction);

    private void Emit(Term subject, Iri predicate, Term @object)
    {
        var triple = new Triple(subject, predicate, @object);
        if (_capture is not null)
        {
            _capture.Add(triple);
        }
        else
        {
            _sink.HandleTriple(triple);
        }
    }

    private static bool IsNcName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private RdfSyntaxException Error(XObject? source, string message)
    {
        var info = (IXmlLineInfo?)source;
        return info is not null && info.HasLineInfo()
            ? new RdfSyntaxException(message, _options.SourceName, info.LineNumber, info.LinePosition)
            : new RdfSyntaxException(message, _options.SourceName, 0, 0);
    }
}
