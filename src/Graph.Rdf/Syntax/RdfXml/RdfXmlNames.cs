using System.Xml.Linq;

namespace Graph.Rdf.Syntax.RdfXml;

/// <summary>The names RDF/XML gives a meaning to (RDF 1.1 XML Syntax, section 5.1, and RDF 1.2 additions).</summary>
internal static class RdfXmlNames
{
    public const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string ItsNamespace = "http://www.w3.org/2005/11/its";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static readonly XNamespace Rdf = RdfNamespace;
    public static readonly XNamespace Its = ItsNamespace;

    public static readonly XName RdfRoot = Rdf + "RDF";
    public static readonly XName Description = Rdf + "Description";
    public static readonly XName Li = Rdf + "li";
    public static readonly XName Id = Rdf + "ID";
    public static readonly XName About = Rdf + "about";
    public static readonly XName ParseType = Rdf + "parseType";
    public static readonly XName Resource = Rdf + "resource";
    public static readonly XName NodeId = Rdf + "nodeID";
    public static readonly XName Datatype = Rdf + "datatype";
    public static readonly XName TypeAttribute = Rdf + "type";
    public static readonly XName VersionAttribute = Rdf + "version";
    public static readonly XName Annotation = Rdf + "annotation";
    public static readonly XName AnnotationNodeId = Rdf + "annotationNodeID";
    public static readonly XName ItsDir = Its + "dir";
    public static readonly XName ItsVersion = Its + "version";
    public static readonly XName XmlLang = XNamespace.Xml + "lang";
    public static readonly XName XmlBase = XNamespace.Xml + "base";

    /// <summary>coreSyntaxTerms: never the name of a node or property element, nor a property attribute.</summary>
    private static readonly HashSet<string> CoreSyntaxTerms =
        ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "annotation", "annotationNodeID"];

    /// <summary>oldTerms: removed from the language, an error wherever they appear.</summary>
    private static readonly HashSet<string> OldTerms = ["aboutEach", "aboutEachPrefix", "bagID"];

    /// <summary>True when <paramref name="name"/> may name a node element.</summary>
    public static bool IsNodeElementName(XName name) =>
        name.Namespace != Rdf || !(CoreSyntaxTerms.Contains(name.LocalName) || OldTerms.Contains(name.LocalName) || name.LocalName == "li");

    /// <summary>True when <paramref name="name"/> may name a property element.</summary>
    public static bool IsPropertyElementName(XName name) =>
        name.Namespace != Rdf || !(CoreSyntaxTerms.Contains(name.LocalName) || OldTerms.Contains(name.LocalName) || name.LocalName == "Description");

    /// <summary>True when <paramref name="name"/> may name a property attribute.</summary>
    public static bool IsPropertyAttributeName(XName name) =>
        name.Namespace != Rdf || !(CoreSyntaxTerms.Contains(name.LocalName) || OldTerms.Contains(name.LocalName)
            || name.LocalName is "li" or "Description");

    /// <summary>True for the attributes RDF/XML ignores: namespace declarations, <c>xml:*</c>, and unqualified names starting with "xml".</summary>
    public static bool IsIgnoredAttribute(XAttribute attribute)
    {
        var name = attribute.Name;
        if (attribute.IsNamespaceDeclaration || name.Namespace == XNamespace.Xml || name.Namespace == XNamespace.Xmlns)
        {
            return true;
        }

        return name.Namespace == XNamespace.None && name.LocalName.StartsWith("xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Maps the unqualified attribute names the specification accepts for backward compatibility into the RDF namespace.</summary>
    public static XName Qualify(XName name) =>
        name.Namespace == XNamespace.None && name.LocalName is "ID" or "about" or "resource" or "parseType" or "type"
            ? Rdf + name.LocalName
            : name;

    /// <summary>The IRI an element or attribute name stands for: namespace name and local name concatenated.</summary>
    public static string IriOf(XName name) => name.NamespaceName + name.LocalName;
}
