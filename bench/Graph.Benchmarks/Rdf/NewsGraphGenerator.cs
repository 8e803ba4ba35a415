using System.Globalization;
using Graph.Rdf;
using Graph.Rdf.Syntax;
using Graph.Rdf.Vocabularies;

namespace Graph.Benchmarks.Rdf;

/// <summary>
/// A deterministic news-shaped graph with the shape of <c>shared/bench/gen_news_ttl.py</c>: countries,
/// cities, organisations, persons and events, then articles until the triple budget is spent;
/// language-tagged and typed literals (dates, integers, decimals, doubles, booleans, years), strings
/// that need escapes, long strings, and a blank provenance node per article.
/// </summary>
public sealed class NewsGraphGenerator(int triples, int seed = 42)
{
    private const string Ex = "http://example.org/";
    private static readonly Iri Type = Vocab.Rdf.Type;
    private static readonly string[] Given = ["Ada", "Bram", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kamala", "Luca", "Maëlle", "Niamh", "Oskar", "Paulo", "Ruth", "Søren", "Tomás", "Zofia"];
    private static readonly string[] Family = ["Almeida", "Berg", "Castillo", "Dąbrowski", "Ekström", "Ferreira", "Gallagher", "Horvat", "Ito", "Jovanović", "Kimura", "Lindqvist", "Moreau", "N'Diaye", "Okafor", "Popescu"];
    private static readonly string[] Topics = ["port strike", "budget \"reform\"", "flood defences", "chip plant", "transfer window", "rate decision", "ceasefire talks", "museum reopening"];
    private static readonly string[] Verbs = ["announces", "rejects", "postpones", "welcomes", "questions", "approves"];
    private static readonly string[] Languages = ["en", "de", "fr"];

    private readonly Random _random = new(seed);
    private int _count;

    /// <summary>The prefixes that the Turtle output uses.</summary>
    public static IReadOnlyList<(string Prefix, string Namespace)> Prefixes { get; } =
    [
        ("schema", "http://schema.org/"), ("ex", Ex + "ontology/"), ("person", Ex + "person/"), ("org", Ex + "org/"),
        ("country", Ex + "country/"), ("city", Ex + "city/"), ("event", Ex + "event/"), ("article", Ex + "article/"),
        ("wd", "http://www.wikidata.org/entity/"), ("xsd", Vocab.Xsd.Namespace), ("owl", "http://www.w3.org/2002/07/owl#"),
        ("prov", "http://www.w3.org/ns/prov#"), ("rdfs", Vocab.Rdfs.Namespace),
    ];

    /// <summary>Pushes exactly the budgeted number of triples into a sink (the last article may be cut short).</summary>
    public void Generate(IRdfSink sink)
    {
        var countries = 200;
        var cities = Math.Max(50, triples / 500);
        var organisations = Math.Max(50, triples / 100);
        var persons = Math.Max(100, triples / 25);
        var events = Math.Max(50, triples / 80);
        for (var i = 0; i < countries; i++)
        {
            var c = Node("country/C", i);
            Emit(sink, c, Type, Schema("Country"));
            Emit(sink, c, Schema("name"), Literal.LangString($"Country {i}", "en"));
            Emit(sink, c, Schema("name"), Literal.LangString($"Staat {i}", "de"));
            Emit(sink, c, Ont("population"), Literal.Integer(_random.Next(50_000, 1_400_000_000)));
            Emit(sink, c, Iri.FromTrusted("http://www.w3.org/2002/07/owl#sameAs"), Iri.FromTrusted($"http://www.wikidata.org/entity/Q{300_000 + i}"));
        }

        for (var i = 0; i < cities; i++)
        {
            var c = Node("city/T", i);
            Emit(sink, c, Type, Schema("City"));
            Emit(sink, c, Schema("name"), Literal.LangString($"City {i}", "en"));
            Emit(sink, c, Schema("containedInPlace"), Node("country/C", _random.Next(countries)));
            Emit(sink, c, Ont("lat"), Decimal(_random.NextDouble() * 180 - 90, "F5"));
        }

        for (var i = 0; i < organisations; i++)
        {
            var o = Node("org/O", i);
            var name = $"{Family[_random.Next(Family.Length)]} {Topics[_random.Next(Topics.Length)].Split(' ')[0]} {i} Ltd";
            Emit(sink, o, Type, Schema(_random.Next(3) == 0 ? "GovernmentOrganization" : "Corporation"));
            Emit(sink, o, Schema("name"), Literal.LangString(name, "en"));
            Emit(sink, o, Vocab.Rdfs.Label, Literal.String(name));
            Emit(sink, o, Schema("location"), Node("city/T", _random.Next(cities)));
            Emit(sink, o, Schema("foundingDate"), Literal.Typed(_random.Next(1850, 2024).ToString(CultureInfo.InvariantCulture), Vocab.Xsd.GYear));
            Emit(sink, o, Ont("listed"), Literal.Boolean(_random.Next(4) == 0));
        }

        for (var i = 0; i < persons; i++)
        {
            var p = Node("person/P", i);
            var given = Given[_random.Next(Given.Length)];
            var family = Family[_random.Next(Family.Length)];
            Emit(sink, p, Type, Schema("Person"));
            Emit(sink, p, Schema("name"), Literal.LangString($"{given} {family}", Languages[_random.Next(3)]));
            Emit(sink, p, Schema("givenName"), Literal.String(given));
            Emit(sink, p, Schema("familyName"), Literal.String(family));
            Emit(sink, p, Schema("birthDate"), Literal.Date(new DateOnly(_random.Next(1935, 2006), _random.Next(1, 13), _random.Next(1, 29))));
            Emit(sink, p, Schema("nationality"), Node("country/C", _random.Next(countries)));
            Emit(sink, p, Schema("worksFor"), Node("org/O", _random.Next(organisations)));
            Emit(sink, p, Schema("jobTitle"), Literal.LangString("spokesperson", "en"));
        }

        for (var i = 0; i < events; i++)
        {
            var e = Node("event/E", i);
            Emit(sink, e, Type, Schema("Event"));
            Emit(sink, e, Schema("name"), Literal.LangString($"{Topics[_random.Next(Topics.Length)]} #{i}", "en"));
            Emit(sink, e, Schema("startDate"), DateTime());
            Emit(sink, e, Schema("location"), Node("city/T", _random.Next(cities)));
            for (var k = _random.Next(1, 4); k > 0; k--)
            {
                Emit(sink, e, Ont("participant"), Node("person/P", _random.Next(persons)));
            }

            Emit(sink, e, Ont("sentiment"), Decimal(_random.NextDouble() * 2 - 1, "F3"));
        }

        for (var i = 0; _count < triples; i++)
        {
            var a = Node("article/A", i);
            Emit(sink, a, Type, Schema("NewsArticle"));
            Emit(sink, a, Schema("headline"), Literal.LangString($"{Given[_random.Next(Given.Length)]} {Family[_random.Next(Family.Length)]} {Verbs[_random.Next(Verbs.Length)]} {Topics[_random.Next(Topics.Length)]}", "en"));
            Emit(sink, a, Schema("datePublished"), DateTime());
            Emit(sink, a, Schema("author"), Node("person/P", _random.Next(persons)));
            Emit(sink, a, Schema("publisher"), Node("org/O", _random.Next(Math.Min(organisations, 200))));
            for (var k = _random.Next(1, 6); k > 0; k--)
            {
                Emit(sink, a, Schema("mentions"), _random.Next(3) == 0 ? Node("org/O", _random.Next(organisations)) : Node("person/P", _random.Next(persons)));
            }

            Emit(sink, a, Schema("about"), Node("event/E", _random.Next(events)));
            Emit(sink, a, Schema("wordCount"), Literal.Integer(_random.Next(120, 3200)));
            Emit(sink, a, Ont("confidence"), Literal.Typed(_random.NextDouble().ToString("0.0000E+00", CultureInfo.InvariantCulture), Vocab.Xsd.Double));
            if (_random.Next(10) == 0)
            {
                Emit(sink, a, Schema("abstract"), Literal.LangString(string.Concat(Enumerable.Repeat("First line.\nThey said: \"no comment\" — café. ", 3)), "en"));
            }

            var activity = new BlankNode($"activity{i}");
            Emit(sink, a, Iri.FromTrusted("http://www.w3.org/ns/prov#wasGeneratedBy"), activity);
            Emit(sink, activity, Type, Iri.FromTrusted("http://www.w3.org/ns/prov#Activity"));
            Emit(sink, activity, Iri.FromTrusted("http://www.w3.org/ns/prov#startedAtTime"), DateTime());
        }
    }

    /// <summary>The graph as a list.</summary>
    public List<Triple> ToList()
    {
        var sink = new ListSink();
        Generate(sink);
        return sink.Triples;
    }

    private void Emit(IRdfSink sink, Term s, Iri p, Term o)
    {
        if (_count >= triples)
        {
            return;
        }

        sink.HandleTriple(new Triple(s, p, o));
        _count++;
    }

    private static Iri Node(string path, int i) => Iri.FromTrusted(Ex + path + i.ToString(CultureInfo.InvariantCulture));

    private static Iri Schema(string local) => Iri.FromTrusted("http://schema.org/" + local);

    private static Iri Ont(string local) => Iri.FromTrusted(Ex + "ontology/" + local);

    private static Literal Decimal(double value, string format) => Literal.Typed(value.ToString(format, CultureInfo.InvariantCulture), Vocab.Xsd.Decimal);

    private Literal DateTime() => Literal.Typed(
        $"20{_random.Next(10, 25)}-{_random.Next(1, 13):00}-{_random.Next(1, 29):00}T{_random.Next(24):00}:{_random.Next(60):00}:{_random.Next(60):00}Z",
        Vocab.Xsd.DateTime);

    private sealed class ListSink : IRdfSink
    {
        public List<Triple> Triples { get; } = [];

        public void HandleQuad(in Quad quad) => Triples.Add(quad.Triple);

        public void HandleTriple(in Triple triple) => Triples.Add(triple);
    }
}
