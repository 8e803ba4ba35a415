using System.Text;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Syntax;

/// <summary>
/// Random graphs built to break writers: strings with quotes, backslashes, line breaks, controls,
/// emoji and text that looks like syntax; IRIs with every character an IRI may hold; blank nodes
/// with labels no syntax accepts, shared, in cycles and in lists; numbers with lexical forms that
/// must not be written bare. Deterministic for a seed.
/// </summary>
internal sealed class HostileGraphs(int seed, bool forRapper)
{
    // rapper 2.0.15 truncates strings at U+0000 and rejects the non-characters U+FFFE and U+FFFF,
    // all of which RDF allows: they stay out of graphs meant for it (our own reader is tested with them).
    private static readonly string[] Pieces =
    [
        "\"", "\\", "\n", "\r", "\t", "\r\n", "'", "\"\"\"", "'''", "\\u0041", "\\n", "<", ">", "@en", "^^", "#", ".", ";", ",",
        "[", "]", "(", ")", "_:b", "a", " ", "  ", "\u0001", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "é",
        "日本", "🦄", "👩‍👩‍👧", "e\u0301", "ﬁ", "\u00A0", "%20", "x", "Z", "0", "9", "-", "_", ":", "/", "?", "&", "=",
    ];

    private static readonly string[] ForOurReaderOnly = ["\u0000", "\uFFFE", "\uFFFF"];

    private static readonly string[] IriPieces =
    [
        "a", "Z", "0", "-", ".", "_", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "/", "?", "%41", "%zz",
        "é", "日", "🦄", "\u00A0", " ", "<", ">", "\"", "{", "}", "|", "\\", "^", "`", "\n", "#",
    ];

    private readonly Random _random = new(seed);

    public static readonly string[] Namespaces = ["http://example.org/", "http://example.org/ns#", "urn:x:", "https://schema.org/", "http://example.org/a b/"];

    /// <summary>Prefixes for the writer, some of them unusable on purpose (a space in the namespace, a bad prefix name).</summary>
    public static PrefixMap Prefixes => new([("ex", Namespaces[0]), ("ns", Namespaces[1]), ("u", Namespaces[2]), ("schema", Namespaces[3]), ("bad", Namespaces[4]), ("1bad", "http://example.org/bad#"), (string.Empty, "http://example.org/empty/")]);

    public string NextString(int maxPieces = 6)
    {
        var sb = new StringBuilder();
        var count = _random.Next(maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            sb.Append(!forRapper && _random.Next(12) == 0 ? ForOurReaderOnly[_random.Next(ForOurReaderOnly.Length)] : Pieces[_random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>A random IRI text; it may or may not be a valid IRI.</summary>
    public string NextIriText()
    {
        var sb = new StringBuilder(Namespaces[_random.Next(Namespaces.Length)]);
        var count = _random.Next(6);
        for (var i = 0; i < count; i++)
        {
            sb.Append(IriPieces[_random.Next(IriPieces.Length)]);
        }

        return sb.ToString();
    }

    public Iri NextIri()
    {
        while (true)
        {
            if (Iri.TryParse(NextIriText(), out var iri, out _) && !iri!.Value.Contains("%zz", StringComparison.Ordinal)
                && !(forRapper && HasDotSegments(iri.Value)))
            {
                return iri;
            }
        }
    }

    /// <summary>
    /// True when the path has '.' or '..' segments. Turtle parsers resolve every IRI (RFC 3986
    /// section 5.2, which removes dot segments even from absolute references) and rapper does so,
    /// so such an IRI is not the same IRI after a Turtle round trip through it.
    /// </summary>
    private static bool HasDotSegments(string iri)
    {
        var path = IriParts.Split(iri).Path;
        return IriResolver.RemoveDotSegments(path) != path;
    }

    public Term NextLiteral()
    {
        switch (_random.Next(6))
        {
            case 0:
                return Literal.String(NextString());
            case 1:
                var tag = new[] { "en", "EN-gb", "zh-Hant-TW", "de-1996", "x-private" }[_random.Next(5)];
                return Literal.LangString(NextString(), tag);
            case 2:
                var numeric = new[] { "1", "-0", "+01", "1.0", ".5", "1.", "1e5", "1.5E-3", "1e", " 1", "0x10", "١", "abc", "true", "1 ", "NaN", "INF" }[_random.Next(17)];
                var type = new[] { Vocab.Xsd.Integer, Vocab.Xsd.Decimal, Vocab.Xsd.Double, Vocab.Xsd.Boolean }[_random.Next(4)];
                return Literal.Typed(numeric, type);
            case 3:
                return Literal.Typed(new[] { "true", "false", "TRUE", "1", "0" }[_random.Next(5)], Vocab.Xsd.Boolean);
            case 4:
                return Literal.Typed(NextString(3), NextIri());
            default:
                return Literal.String(new string('x', _random.Next(3)) + "\n" + NextString(12));
        }
    }

    /// <summary>A random graph of about <paramref name="size"/> triples.</summary>
    public List<Triple> NextGraph(int size)
    {
        var blanks = Enumerable.Range(0, 1 + (size / 5))
            .Select(i => new BlankNode(new[] { $"b{i}", $"has space {i}", $"x_{i}", $"{i}.", $"é{i}", $"-{i}" }[_random.Next(6)]))
            .ToArray();
        var subjects = Enumerable.Range(0, 1 + (size / 4)).Select(_ => (Term)NextIri()).Concat(blanks).ToArray();
        var predicates = Enumerable.Range(0, 5).Select(_ => NextIri()).Append(Vocab.Rdf.Type).ToArray();
        var triples = new List<Triple>();
        for (var i = 0; i < size; i++)
        {
            var subject = subjects[_random.Next(subjects.Length)];
            var predicate = predicates[_random.Next(predicates.Length)];
            Term @object = _random.Next(4) switch
            {
                0 => NextLiteral(),
                1 => blanks[_random.Next(blanks.Length)],
                2 => subjects[_random.Next(subjects.Length)],
                _ => NextIri(),
            };
            triples.Add(new Triple(subject, predicate, @object));
        }

        // A well-formed list, an empty one, and a broken one (two rdf:first).
        var items = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => NextLiteral()).ToArray();
        var nodes = items.Select((_, k) => new BlankNode($"list{seed}_{k}")).ToArray();
        triples.Add(new Triple(subjects[0], predicates[0], nodes[0]));
        for (var k = 0; k < nodes.Length; k++)
        {
            triples.Add(new Triple(nodes[k], Vocab.Rdf.First, items[k]));
            triples.Add(new Triple(nodes[k], Vocab.Rdf.Rest, k + 1 < nodes.Length ? nodes[k + 1] : Vocab.Rdf.Nil));
        }

        triples.Add(new Triple(subjects[0], predicates[1], Vocab.Rdf.Nil));
        var broken = new BlankNode("broken list");
        triples.Add(new Triple(subjects[0], predicates[2], broken));
        triples.Add(new Triple(broken, Vocab.Rdf.First, Literal.Integer(1)));
        triples.Add(new Triple(broken, Vocab.Rdf.First, Literal.Integer(2)));
        triples.Add(new Triple(broken, Vocab.Rdf.Rest, Vocab.Rdf.Nil));
        return triples;
    }
}
