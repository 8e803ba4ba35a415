namespace Graph.Rdf.Vocabularies;

/// <summary>Well-known vocabularies: namespaces and the terms the project uses from them.</summary>
public static class Vocab
{
    /// <summary>The RDF vocabulary.</summary>
    public static class Rdf
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        /// <summary><c>rdf:type</c>.</summary>
        public static readonly Iri Type = Iri.FromTrusted(Namespace + "type");
        /// <summary><c>rdf:langString</c>.</summary>
        public static readonly Iri LangString = Iri.FromTrusted(Namespace + "langString");
        /// <summary><c>rdf:dirLangString</c> (RDF 1.2).</summary>
        public static readonly Iri DirLangString = Iri.FromTrusted(Namespace + "dirLangString");
        /// <summary><c>rdf:first</c>.</summary>
        public static readonly Iri First = Iri.FromTrusted(Namespace + "first");
        /// <summary><c>rdf:rest</c>.</summary>
        public static readonly Iri Rest = Iri.FromTrusted(Namespace + "rest");
        /// <summary><c>rdf:nil</c>.</summary>
        public static readonly Iri Nil = Iri.FromTrusted(Namespace + "nil");
        /// <summary><c>rdf:reifies</c> (RDF 1.2).</summary>
        public static readonly Iri Reifies = Iri.FromTrusted(Namespace + "reifies");
        /// <summary><c>rdf:JSON</c>.</summary>
        public static readonly Iri Json = Iri.FromTrusted(Namespace + "JSON");
        /// <summary><c>rdf:XMLLiteral</c>.</summary>
        public static readonly Iri XmlLiteral = Iri.FromTrusted(Namespace + "XMLLiteral");
    }

    /// <summary>RDF Schema.</summary>
    public static class Rdfs
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";
        /// <summary><c>rdfs:label</c>.</summary>
        public static readonly Iri Label = Iri.FromTrusted(Namespace + "label");
        /// <summary><c>rdfs:comment</c>.</summary>
        public static readonly Iri Comment = Iri.FromTrusted(Namespace + "comment");
        /// <summary><c>rdfs:subClassOf</c>.</summary>
        public static readonly Iri SubClassOf = Iri.FromTrusted(Namespace + "subClassOf");
        /// <summary><c>rdfs:subPropertyOf</c>.</summary>
        public static readonly Iri SubPropertyOf = Iri.FromTrusted(Namespace + "subPropertyOf");
        /// <summary><c>rdfs:domain</c>.</summary>
        public static readonly Iri Domain = Iri.FromTrusted(Namespace + "domain");
        /// <summary><c>rdfs:range</c>.</summary>
        public static readonly Iri Range = Iri.FromTrusted(Namespace + "range");
    }

    /// <summary>XML Schema datatypes.</summary>
    public static class Xsd
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/2001/XMLSchema#";
        /// <summary><c>xsd:string</c>.</summary>
        public static readonly Iri String = Iri.FromTrusted(Namespace + "string");
        /// <summary><c>xsd:boolean</c>.</summary>
        public static readonly Iri Boolean = Iri.FromTrusted(Namespace + "boolean");
        /// <summary><c>xsd:integer</c>.</summary>
        public static readonly Iri Integer = Iri.FromTrusted(Namespace + "integer");
        /// <summary><c>xsd:decimal</c>.</summary>
        public static readonly Iri Decimal = Iri.FromTrusted(Namespace + "decimal");
        /// <summary><c>xsd:double</c>.</summary>
        public static readonly Iri Double = Iri.FromTrusted(Namespace + "double");
        /// <summary><c>xsd:float</c>.</summary>
        public static readonly Iri Float = Iri.FromTrusted(Namespace + "float");
        /// <summary><c>xsd:date</c>.</summary>
        public static readonly Iri Date = Iri.FromTrusted(Namespace + "date");
        /// <summary><c>xsd:dateTime</c>.</summary>
        public static readonly Iri DateTime = Iri.FromTrusted(Namespace + "dateTime");
        /// <summary><c>xsd:gYear</c>.</summary>
        public static readonly Iri GYear = Iri.FromTrusted(Namespace + "gYear");
        /// <summary><c>xsd:nonNegativeInteger</c>.</summary>
        public static readonly Iri NonNegativeInteger = Iri.FromTrusted(Namespace + "nonNegativeInteger");
    }

    /// <summary>OWL.</summary>
    public static class Owl
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/2002/07/owl#";
        /// <summary><c>owl:sameAs</c>.</summary>
        public static readonly Iri SameAs = Iri.FromTrusted(Namespace + "sameAs");
        /// <summary><c>owl:Class</c>.</summary>
        public static readonly Iri Class = Iri.FromTrusted(Namespace + "Class");
        /// <summary><c>owl:ObjectProperty</c>.</summary>
        public static readonly Iri ObjectProperty = Iri.FromTrusted(Namespace + "ObjectProperty");
        /// <summary><c>owl:DatatypeProperty</c>.</summary>
        public static readonly Iri DatatypeProperty = Iri.FromTrusted(Namespace + "DatatypeProperty");
        /// <summary><c>owl:Ontology</c>.</summary>
        public static readonly Iri Ontology = Iri.FromTrusted(Namespace + "Ontology");
    }

    /// <summary>schema.org.</summary>
    public static class Schema
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "https://schema.org/";
        /// <summary>Makes a schema.org IRI from a local name.</summary>
        public static Iri Term(string localName) => Iri.FromTrusted(Namespace + localName);
    }

    /// <summary>The W3C Organization ontology.</summary>
    public static class Org
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/ns/org#";
        /// <summary>Makes an org: IRI from a local name.</summary>
        public static Iri Term(string localName) => Iri.FromTrusted(Namespace + localName);
    }

    /// <summary>The Simple Event Model.</summary>
    public static class Sem
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        /// <summary>Makes a sem: IRI from a local name.</summary>
        public static Iri Term(string localName) => Iri.FromTrusted(Namespace + localName);
    }

    /// <summary>PROV-O.</summary>
    public static class Prov
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/ns/prov#";
        /// <summary>Makes a prov: IRI from a local name.</summary>
        public static Iri Term(string localName) => Iri.FromTrusted(Namespace + localName);
    }

    /// <summary>NIF core.</summary>
    public static class Nif
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        /// <summary>Makes a nif: IRI from a local name.</summary>
        public static Iri Term(string localName) => Iri.FromTrusted(Namespace + localName);
    }

    /// <summary>ITS 2.0 RDF.</summary>
    public static class ItsRdf
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.w3.org/2005/11/its/rdf#";
        /// <summary>Makes an itsrdf: IRI from a local name.</summary>
        public static Iri Term(string localName) => Iri.FromTrusted(Namespace + localName);
    }

    /// <summary>Wikidata entities.</summary>
    public static class Wd
    {
        /// <summary>The namespace IRI.</summary>
        public const string Namespace = "http://www.wikidata.org/entity/";
        /// <summary>The entity IRI for a Q-identifier such as <c>Q458</c>.</summary>
        public static Iri Entity(string qid) => Iri.FromTrusted(Namespace + qid);
    }

    /// <summary>The prefixes of the vocabularies above, as conventionally written.</summary>
    public static IReadOnlyList<(string Prefix, string Namespace)> WellKnownPrefixes { get; } =
    [
        ("rdf", Rdf.Namespace),
        ("rdfs", Rdfs.Namespace),
        ("xsd", Xsd.Namespace),
        ("owl", Owl.Namespace),
        ("schema", Schema.Namespace),
        ("org", Org.Namespace),
        ("sem", Sem.Namespace),
        ("prov", Prov.Namespace),
        ("nif", Nif.Namespace),
        ("itsrdf", ItsRdf.Namespace),
        ("wd", Wd.Namespace),
    ];
}
