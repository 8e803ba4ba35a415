using Graph.Rdf;
using Graph.Rdf.Datasets;
using Graph.Rdf.Vocabularies;

namespace Graph.Neo4j.Tests.Projection;

/// <summary>Small datasets in the project's vocabulary, built in code.</summary>
internal static class SampleGraphs
{
    public const string Resource = "https://w3id.org/newskg/resource/";

    public static Iri R(string local) => Iri.FromTrusted(Resource + local);

    /// <summary>A minister holding a post in a country, and an event with an actor and a place.</summary>
    public static Dataset Officials()
    {
        var d = new Dataset();
        var person = R("didier-reynders");
        var post = R("post/foreign-minister-belgium");
        var belgium = R("belgium");
        var meeting = R("event/1");
        d.Add(new Triple(person, Vocab.Rdf.Type, Vocab.Schema.Term("Person")));
        d.Add(new Triple(person, Vocab.Schema.Term("name"), Literal.String("Didier Reynders")));
        d.Add(new Triple(person, Vocab.Org.Term("holds"), post));
        d.Add(new Triple(post, Vocab.Rdf.Type, Vocab.Org.Term("Post")));
        d.Add(new Triple(post, Vocab.Schema.Term("name"), Literal.String("Foreign Minister")));
        d.Add(new Triple(post, Vocab.Org.Term("postIn"), belgium));
        d.Add(new Triple(belgium, Vocab.Rdf.Type, Vocab.Schema.Term("Country")));
        d.Add(new Triple(belgium, Vocab.Schema.Term("name"), Literal.LangString("Belgium", "en")));
        d.Add(new Triple(belgium, Vocab.Schema.Term("name"), Literal.LangString("Belgique", "fr")));
        d.Add(new Triple(belgium, Vocab.Owl.SameAs, Vocab.Wd.Entity("Q31")));
        d.Add(new Triple(meeting, Vocab.Rdf.Type, Vocab.Sem.Term("Event")));
        d.Add(new Triple(meeting, Vocab.Rdf.Type, Iri.FromTrusted("https://w3id.org/newskg/ontology#Meeting")));
        d.Add(new Triple(meeting, Vocab.Sem.Term("hasActor"), person));
        d.Add(new Triple(meeting, Vocab.Sem.Term("hasPlace"), belgium));
        d.Add(new Triple(meeting, Vocab.Sem.Term("hasTimeStamp"), Literal.Date(new DateOnly(2015, 11, 22))));
        d.Add(new Quad(meeting, Vocab.Rdfs.Label, Literal.String("meeting in Brussels"), R("article/1")));
        return d;
    }

    /// <summary>
    /// One article's graph touching every competency question: an official and his post, an event
    /// with its actor and place, a country with its Wikidata link, a quotation, and one mention.
    /// </summary>
    public static Dataset Article()
    {
        var d = new Dataset();
        var kg = "https://w3id.org/newskg/ontology#";
        var article = R("article/a1");
        var person = R("person/didier-reynders");
        var post = R("post/belgium/foreign-minister");
        var belgium = R("country/be");
        var brussels = R("city/brussels");
        var meeting = R("event/a1/1");
        var quotation = R("quotation/a1/1");
        var context = Iri.FromTrusted(article.Value + "#char=0,120");
        var phrase = Iri.FromTrusted(article.Value + "#char=10,25");
        d.Add(new Triple(article, Vocab.Rdf.Type, Vocab.Schema.Term("NewsArticle")));
        d.Add(new Triple(article, Vocab.Schema.Term("headline"), Literal.String("Ministers meet in Brussels")));
        d.Add(new Triple(article, Vocab.Schema.Term("datePublished"), Literal.Date(new DateOnly(2015, 11, 22))));
        d.Add(new Triple(article, Vocab.Schema.Term("mentions"), belgium));
        d.Add(new Triple(article, Vocab.Schema.Term("mentions"), person));
        d.Add(new Triple(person, Vocab.Rdf.Type, Vocab.Schema.Term("Person")));
        d.Add(new Triple(person, Vocab.Schema.Term("name"), Literal.String("Didier Reynders")));
        d.Add(new Triple(person, Vocab.Org.Term("holds"), post));
        d.Add(new Triple(person, Vocab.Prov.Term("wasDerivedFrom"), article));
        d.Add(new Triple(post, Vocab.Rdf.Type, Vocab.Org.Term("Post")));
        d.Add(new Triple(post, Vocab.Schema.Term("name"), Literal.String("Foreign Minister")));
        d.Add(new Triple(post, Vocab.Org.Term("postIn"), belgium));
        d.Add(new Triple(belgium, Vocab.Rdf.Type, Vocab.Schema.Term("Country")));
        d.Add(new Triple(belgium, Vocab.Rdf.Type, Vocab.Schema.Term("Place")));
        d.Add(new Triple(belgium, Vocab.Schema.Term("name"), Literal.String("Belgium")));
        d.Add(new Triple(belgium, Vocab.Owl.SameAs, Vocab.Wd.Entity("Q31")));
        d.Add(new Triple(brussels, Vocab.Rdf.Type, Vocab.Schema.Term("City")));
        d.Add(new Triple(brussels, Vocab.Schema.Term("name"), Literal.String("Brussels")));
        d.Add(new Triple(brussels, Vocab.Schema.Term("containedInPlace"), belgium));
        d.Add(new Triple(meeting, Vocab.Rdf.Type, Vocab.Sem.Term("Event")));
        d.Add(new Triple(meeting, Vocab.Rdf.Type, Iri.FromTrusted(kg + "Meeting")));
        d.Add(new Triple(meeting, Vocab.Rdfs.Label, Literal.String("meeting")));
        d.Add(new Triple(meeting, Vocab.Sem.Term("hasActor"), person));
        d.Add(new Triple(meeting, Vocab.Sem.Term("hasPlace"), brussels));
        d.Add(new Triple(meeting, Vocab.Sem.Term("hasTimeStamp"), Literal.Date(new DateOnly(2015, 11, 21))));
        d.Add(new Triple(meeting, Iri.FromTrusted(kg + "timeExpression"), Literal.String("on Saturday")));
        d.Add(new Triple(meeting, Vocab.Prov.Term("wasDerivedFrom"), article));
        d.Add(new Triple(quotation, Vocab.Rdf.Type, Vocab.Schema.Term("Quotation")));
        d.Add(new Triple(quotation, Vocab.Schema.Term("text"), Literal.String("We stand together.")));
        d.Add(new Triple(quotation, Vocab.Schema.Term("creator"), person));
        d.Add(new Triple(quotation, Iri.FromTrusted(kg + "isDirect"), Literal.Boolean(true)));
        d.Add(new Triple(quotation, Vocab.Prov.Term("wasDerivedFrom"), article));
        d.Add(new Triple(context, Vocab.Rdf.Type, Vocab.Nif.Term("Context")));
        d.Add(new Triple(context, Vocab.Rdf.Type, Vocab.Nif.Term("OffsetBasedString")));
        d.Add(new Triple(context, Vocab.Prov.Term("wasDerivedFrom"), article));
        d.Add(new Triple(phrase, Vocab.Rdf.Type, Vocab.Nif.Term("Phrase")));
        d.Add(new Triple(phrase, Vocab.Rdf.Type, Vocab.Nif.Term("OffsetBasedString")));
        d.Add(new Triple(phrase, Vocab.Nif.Term("anchorOf"), Literal.String("Didier Reynders")));
        d.Add(new Triple(phrase, Vocab.Nif.Term("beginIndex"), Literal.Integer(10)));
        d.Add(new Triple(phrase, Vocab.Nif.Term("endIndex"), Literal.Integer(25)));
        d.Add(new Triple(phrase, Vocab.Nif.Term("referenceContext"), context));
        d.Add(new Triple(phrase, Vocab.ItsRdf.Term("taIdentRef"), person));
        d.Add(new Triple(phrase, Vocab.Prov.Term("wasDerivedFrom"), article));
        return d;
    }
}
