using System.Globalization;
using System.Xml.Linq;
using Graph.Rdf.Vocabularies;
using static Graph.Rdf.Syntax.RdfXml.RdfXmlNames;

namespace Graph.Rdf.Syntax.RdfXml;

/// <summary>Property elements (RDF 1.1 XML Syntax sections 7.2.14 to 7.2.21, and RDF 1.2's triple and annotation forms).</summary>
internal sealed partial class RdfXmlParser
{
    /// <summary>The attributes of a property element, sorted by role.</summary>
    private sealed class PropertyAttributeSet
    {
        public XAttribute? Id { get; set; }

        public XAttribute? ParseType { get; set; }

        public XAttribute? Resource { get; set; }

        public XAttribute? NodeId { get; set; }

        public XAttribute? Datatype { get; set; }

        public XAttribute? Annotation { get; set; }

        public XAttribute? AnnotationNodeId { get; set; }

        public List<XAttribute> Properties { get; } = [];
    }

    private void PropertyElement(Term subject, XElement element, Scope outer, ref int listIndex)
    {
        if (!IsPropertyElementName(element.Name))
        {
            throw Error(element, $"rdf:{element.Name.LocalName} cannot name a property element");
        }

        var predicate = element.Name == Li
            ? Iri.FromTrusted(RdfNamespace + "_" + (++listIndex).ToString(CultureInfo.InvariantCulture))
            : PredicateOf(element.Name, element);
        var scope = Enter(element, outer);
        var attributes = SortAttributes(element);

        if (attributes.ParseType is not null)
        {
            RefuseAll(attributes.Resource, attributes.NodeId, attributes.Datatype);
            RefuseAny(attributes.Properties, "with rdf:parseType");
            switch (attributes.ParseType.Value)
            {
                case "Resource":
                    ParseTypeResource(subject, predicate, element, scope, attributes);
                    break;
                case "Collection":
                    ParseTypeCollection(subject, predicate, element, scope, attributes);
                    break;
                case "Triple" when scope.IsRdf12:
                    ParseTypeTriple(subject, predicate, element, scope, attributes);
                    break;
                case "Triple":
                    // Triple terms are RDF 1.2: a document that does not declare rdf:version="1.2" gets nothing from them.
                    break;
                default:
                    // Any other parse type is treated as "Literal" (RDF 1.1 XML Syntax 7.2.20).
                    ParseTypeLiteral(subject, predicate, element, scope, attributes);
                    break;
            }

            return;
        }

        Term @object;

        var children = ElementChildren(element, out var hasText);
        if (children.Count > 0)
        {
            if (hasText)
            {
                throw Error(element, "a property element holds either text or one node element, not both");
            }

            if (children.Count > 1)
            {
                throw Error(children[1], "a property element holds at most one node element");
            }

            RefuseAll(attributes.Resource, attributes.NodeId, attributes.Datatype);
            RefuseAny(attributes.Properties, "on a property element that holds a node element");
            @object = NodeElement(children[0], scope);
        }
        else if (element.Nodes().Any(n => n is XText))
        {
            RefuseAll(attributes.Resource, attributes.NodeId);
            RefuseAny(attributes.Properties, "on a property element that holds text");
            var text = string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value));
            @object = attributes.Datatype is not null
                ? new Literal(text, ResolveIri(attributes.Datatype, attributes.Datatype.Value, scope))
                : PlainLiteral(text, scope);
        }
        else
        {
            @object = EmptyPropertyObject(element, scope, attributes);
        }

        Assert(subject, predicate, @object, scope, attributes);
    }

    /// <summary>The object of a property element with no content: a resource, a blank node carrying the property attributes, or "".</summary>
    private Term EmptyPropertyObject(XElement element, Scope scope, PropertyAttributeSet attributes)
    {
        if (attributes.Resource is not null && attributes.NodeId is not null)
        {
            throw Error(element, "a property element takes rdf:resource or rdf:nodeID, not both");
        }

        if (attributes.Resource is null && attributes.NodeId is null && attributes.Properties.Count == 0)
        {
            return attributes.Datatype is not null
                ? new Literal(string.Empty, ResolveIri(attributes.Datatype, attributes.Datatype.Value, scope))
                : PlainLiteral(string.Empty, scope);
        }

        RefuseAll(attributes.Datatype);
        Term resource = attributes.Resource is not null ? ResolveIri(attributes.Resource, attributes.Resource.Value, scope)
            : attributes.NodeId is not null ? NodeIdBlank(attributes.NodeId)
            : NewBlankNode();
        PropertyAttributes(resource, attributes.Properties, scope);
        return resource;
    }

    private void ParseTypeResource(Term subject, Iri predicate, XElement element, Scope scope, PropertyAttributeSet attributes)
    {
        var node = NewBlankNode();
        Assert(subject, predicate, node, scope, attributes);
        var listIndex = 0;
        foreach (var child in ElementContent(element))
        {
            PropertyElement(node, child, scope, ref listIndex);
        }
    }

    private void ParseTypeCollection(Term subject, Iri predicate, XElement element, Scope scope, PropertyAttributeSet attributes)
    {
        var members = ElementContent(element).Select(child => NodeElement(child, scope)).ToList();
        if (members.Count == 0)
        {
            Assert(subject, predicate, Vocab.Rdf.Nil, scope, attributes);
            return;
        }

        var cells = members.Select(_ => NewBlankNode()).ToList();
        Assert(subject, predicate, cells[0], scope, attributes);
        for (var i = 0; i < cells.Count; i++)
        {
            Emit(cells[i], Vocab.Rdf.First, members[i]);
            Emit(cells[i], Vocab.Rdf.Rest, i + 1 < cells.Count ? cells[i + 1] : Vocab.Rdf.Nil);
        }
    }

    private void ParseTypeTriple(Term subject, Iri predicate, XElement element, Scope scope, PropertyAttributeSet attributes)
    {
        var children = ElementContent(element).ToList();
        if (children.Count != 1)
        {
            throw Error(element, "rdf:parseType=\"Triple\" holds exactly one node element");
        }

        var outerCapture = _capture;
        _capture = [];
        try
        {
            NodeElement(children[0], scope);
            if (_capture.Count != 1)
            {
                throw Error(children[0], $"rdf:parseType=\"Triple\" must describe exactly one triple, not {_capture.Count}");
            }

            var term = new TripleTerm(_capture[0]);
            _capture = outerCapture;
            Assert(subject, predicate, term, scope, attributes);
        }
        finally
        {
            _capture = outerCapture;
        }
    }

    private void ParseTypeLiteral(Term subject, Iri predicate, XElement element, Scope scope, PropertyAttributeSet attributes)
    {
        var literal = new Literal(ExclusiveXmlCanonicalizer.CanonicalizeContent(element), Vocab.Rdf.XmlLiteral);
        Assert(subject, predicate, literal, scope, attributes);
    }

    /// <summary>Emits the triple, its reification (<c>rdf:ID</c>) and its annotation (<c>rdf:annotation</c>).</summary>
    private void Assert(Term subject, Iri predicate, Term @object, Scope scope, PropertyAttributeSet attributes)
    {
        Emit(subject, predicate, @object);
        if (attributes.Id is not null)
        {
            var statement = IdIri(attributes.Id, scope);
            Emit(statement, Vocab.Rdf.Type, Iri.FromTrusted(RdfNamespace + "Statement"));
            Emit(statement, Iri.FromTrusted(RdfNamespace + "subject"), subject);
            Emit(statement, Iri.FromTrusted(RdfNamespace + "predicate"), predicate);
            Emit(statement, Iri.FromTrusted(RdfNamespace + "object"), @object);
        }

        if (attributes.Annotation is not null && attributes.AnnotationNodeId is not null)
        {
            throw Error(attributes.Annotation, "a property element takes rdf:annotation or rdf:annotationNodeID, not both");
        }

        Term? reifier = attributes.Annotation is not null ? ResolveIri(attributes.Annotation, attributes.Annotation.Value, scope)
            : attributes.AnnotationNodeId is not null ? NodeIdBlank(attributes.AnnotationNodeId)
            : null;
        if (reifier is not null)
        {
            Emit(reifier, Vocab.Rdf.Reifies, new TripleTerm(new Triple(subject, predicate, @object)));
        }
    }

    private PropertyAttributeSet SortAttributes(XElement element)
    {
        var set = new PropertyAttributeSet();
        foreach (var attribute in element.Attributes())
        {
            if (IsIgnoredAttribute(attribute))
            {
                continue;
            }

            var name = Qualify(attribute.Name);
            if (name == Id)
            {
                set.Id = attribute;
            }
            else if (name == ParseType)
            {
                set.ParseType = attribute;
            }
            else if (name == Resource)
            {
                set.Resource = attribute;
            }
            else if (name == NodeId)
            {
                set.NodeId = attribute;
            }
            else if (name == Datatype)
            {
                set.Datatype = attribute;
            }
            else if (name == Annotation)
            {
                set.Annotation = attribute;
            }
            else if (name == AnnotationNodeId)
            {
                set.AnnotationNodeId = attribute;
            }
            else if (name == VersionAttribute || name.Namespace == Its)
            {
                continue;
            }
            else if (IsPropertyAttributeName(name) || name == TypeAttribute)
            {
                set.Properties.Add(attribute);
            }
            else
            {
                throw Error(attribute, $"rdf:{name.LocalName} is not allowed on a property element");
            }
        }

        return set;
    }

    private List<XElement> ElementChildren(XElement element, out bool hasNonWhiteText)
    {
        hasNonWhiteText = element.Nodes().OfType<XText>().Any(t => t is XCData || !string.IsNullOrWhiteSpace(t.Value));
        return element.Elements().ToList();
    }

    private void RefuseAll(params XAttribute?[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute is not null)
            {
                throw Error(attribute, $"rdf:{attribute.Name.LocalName} is not allowed on this property element");
            }
        }
    }

    private void RefuseAny(List<XAttribute> properties, string where)
    {
        if (properties.Count > 0)
        {
            throw Error(properties[0], $"property attribute {properties[0].Name.LocalName} is not allowed {where}");
        }
    }
}
