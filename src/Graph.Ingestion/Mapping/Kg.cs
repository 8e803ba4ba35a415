using Graph.Rdf;

namespace Graph.Ingestion.Mapping;

/// <summary>The project's ontology, <c>ontology/newskg.ttl</c>: the classes and properties of <c>kg:</c> that the output uses.</summary>
public static class Kg
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "https://w3id.org/newskg/ontology#";

    /// <summary>The default namespace of resources (entities, posts, events, articles).</summary>
    public const string DefaultResourceBase = "https://w3id.org/newskg/resource/";

    /// <summary><c>kg:IntergovernmentalOrganization</c>: EU, NATO, UN, African Union and their bodies.</summary>
    public static readonly Iri IntergovernmentalOrganization = Term("IntergovernmentalOrganization");

    /// <summary><c>kg:Region</c>: a region of the world, a <c>schema:Place</c>.</summary>
    public static readonly Iri Region = Term("Region");

    /// <summary><c>kg:CountryGroup</c>: a group of countries, a <c>kg:Region</c>.</summary>
    public static readonly Iri CountryGroup = Term("CountryGroup");

    /// <summary><c>kg:Attack</c>.</summary>
    public static readonly Iri Attack = Term("Attack");

    /// <summary><c>kg:Arrest</c>.</summary>
    public static readonly Iri Arrest = Term("Arrest");

    /// <summary><c>kg:Raid</c>.</summary>
    public static readonly Iri Raid = Term("Raid");

    /// <summary><c>kg:MilitaryDeployment</c>.</summary>
    public static readonly Iri MilitaryDeployment = Term("MilitaryDeployment");

    /// <summary><c>kg:Meeting</c>.</summary>
    public static readonly Iri Meeting = Term("Meeting");

    /// <summary><c>kg:Appeal</c>: calls and urging.</summary>
    public static readonly Iri Appeal = Term("Appeal");

    /// <summary><c>kg:Statement</c>.</summary>
    public static readonly Iri Statement = Term("Statement");

    /// <summary><c>kg:Agreement</c>.</summary>
    public static readonly Iri Agreement = Term("Agreement");

    /// <summary><c>kg:Conflict</c>.</summary>
    public static readonly Iri Conflict = Term("Conflict");

    /// <summary><c>kg:timeExpression</c>: the words that say when an event happened.</summary>
    public static readonly Iri TimeExpression = Term("timeExpression");

    /// <summary><c>kg:trigger</c>: the words that signal an event.</summary>
    public static readonly Iri Trigger = Term("trigger");

    /// <summary><c>kg:isDirect</c>: true for a direct quotation, false for reported speech.</summary>
    public static readonly Iri IsDirect = Term("isDirect");

    private static Iri Term(string localName) => Iri.FromTrusted(Namespace + localName);
}
