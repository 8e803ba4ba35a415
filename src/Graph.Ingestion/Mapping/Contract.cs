using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Ingestion.Mapping;

/// <summary>The terms of other vocabularies that the vocabulary contract of the architecture page uses.</summary>
internal static class Contract
{
    public static readonly Iri Type = Vocab.Rdf.Type;
    public static readonly Iri Label = Vocab.Rdfs.Label;
    public static readonly Iri SameAs = Vocab.Owl.SameAs;

    public static readonly Iri Person = Vocab.Schema.Term("Person");
    public static readonly Iri Organization = Vocab.Schema.Term("Organization");
    public static readonly Iri GovernmentOrganization = Vocab.Schema.Term("GovernmentOrganization");
    public static readonly Iri Place = Vocab.Schema.Term("Place");
    public static readonly Iri Country = Vocab.Schema.Term("Country");
    public static readonly Iri City = Vocab.Schema.Term("City");
    public static readonly Iri NewsArticle = Vocab.Schema.Term("NewsArticle");
    public static readonly Iri Quotation = Vocab.Schema.Term("Quotation");
    public static readonly Iri Name = Vocab.Schema.Term("name");
    public static readonly Iri AlternateName = Vocab.Schema.Term("alternateName");
    public static readonly Iri ContainedInPlace = Vocab.Schema.Term("containedInPlace");
    public static readonly Iri Headline = Vocab.Schema.Term("headline");
    public static readonly Iri DatePublished = Vocab.Schema.Term("datePublished");
    public static readonly Iri Url = Vocab.Schema.Term("url");
    public static readonly Iri Identifier = Vocab.Schema.Term("identifier");
    public static readonly Iri Mentions = Vocab.Schema.Term("mentions");
    public static readonly Iri Text = Vocab.Schema.Term("text");
    public static readonly Iri Creator = Vocab.Schema.Term("creator");

    public static readonly Iri Holds = Vocab.Org.Term("holds");
    public static readonly Iri Post = Vocab.Org.Term("Post");
    public static readonly Iri PostIn = Vocab.Org.Term("postIn");

    public static readonly Iri Event = Vocab.Sem.Term("Event");
    public static readonly Iri HasActor = Vocab.Sem.Term("hasActor");
    public static readonly Iri HasPlace = Vocab.Sem.Term("hasPlace");
    public static readonly Iri HasTimeStamp = Vocab.Sem.Term("hasTimeStamp");
    public static readonly Iri HasBeginTimeStamp = Vocab.Sem.Term("hasBeginTimeStamp");
    public static readonly Iri HasEndTimeStamp = Vocab.Sem.Term("hasEndTimeStamp");

    public static readonly Iri WasDerivedFrom = Vocab.Prov.Term("wasDerivedFrom");

    public static readonly Iri NifContext = Vocab.Nif.Term("Context");
    public static readonly Iri NifPhrase = Vocab.Nif.Term("Phrase");
    public static readonly Iri NifOffsetBasedString = Vocab.Nif.Term("OffsetBasedString");
    public static readonly Iri NifIsString = Vocab.Nif.Term("isString");
    public static readonly Iri NifBeginIndex = Vocab.Nif.Term("beginIndex");
    public static readonly Iri NifEndIndex = Vocab.Nif.Term("endIndex");
    public static readonly Iri NifAnchorOf = Vocab.Nif.Term("anchorOf");
    public static readonly Iri NifReferenceContext = Vocab.Nif.Term("referenceContext");
    public static readonly Iri NifSourceUrl = Vocab.Nif.Term("sourceUrl");
    public static readonly Iri TaIdentRef = Vocab.ItsRdf.Term("taIdentRef");
}
