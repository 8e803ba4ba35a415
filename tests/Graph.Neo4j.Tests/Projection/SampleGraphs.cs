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
}
