using System.Globalization;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>Deserialize JSON-LD to RDF (JSON-LD 1.1 API §8.1.2), with Object to RDF and List Conversion.</summary>
internal sealed class JsonLdToRdf
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";
    private static readonly Iri RdfValue = Iri.FromTrusted(Vocab.Rdf.Namespace + "value");
    private static readonly Iri RdfLanguage = Iri.FromTrusted(Vocab.Rdf.Namespace + "language");
    private static readonly Iri RdfDirection = Iri.FromTrusted(Vocab.Rdf.Namespace + "direction");

    private readonly JsonLdOptions _options;
    private readonly BlankNodeIssuer _issuer;
    private readonly Action<Quad> _emit;

    public JsonLdToRdf(JsonLdOptions options, BlankNodeIssuer issuer, Action<Quad> emit)
    {
        _options = options;
        _issuer = issuer;
        _emit = emit;
    }

    /// <summary>Emits the quads of an expanded document.</summary>
    public void Convert(List<object?> expanded)
    {
        var builder = new NodeMapBuilder(_issuer);
        builder.Add(expanded);
        foreach (var (graphName, graph) in builder.NodeMap)
        {
            Term? graphTerm = null;
            if (graphName != "@default")
            {
                graphTerm = Resource(graphName);
                if (graphTerm is null)
                {
                    continue;
                }
            }

            foreach (var (subjectId, node) in graph)
            {
                if (Resource(subjectId) is not { } subject)
                {
                    continue;
                }

                foreach (var (property, values) in node)
                {
                    EmitProperty(subject, property, values, graphTerm);
                }
            }
        }
    }

    private void EmitProperty(Term subject, string property, object? values, Term? graph)
    {
        if (property == "@type")
        {
            foreach (var type in JsonLdJson.AsList(values))
            {
                if (type is string t && Resource(t) is { } typeTerm)
                {
                    _emit(new Quad(subject, Vocab.Rdf.Type, typeTerm, graph));
                }
            }

            return;
        }

        if (JsonLdKeywords.IsKeyword(property) || !JsonLdKeywords.IsWellFormedIri(property))
        {
            // Keywords are not properties; blank node predicates are generalized RDF, which the term model cannot hold.
            return;
        }

        var predicate = Iri.FromTrusted(property);
        foreach (var item in JsonLdJson.AsList(values))
        {
            var listQuads = new List<Quad>();
            var obj = ObjectToRdf(item, listQuads, graph);
            if (obj is not null)
            {
                _emit(new Quad(subject, predicate, obj, graph));
                foreach (var quad in listQuads)
                {
                    _emit(quad);
                }
            }
        }
    }

    /// <summary>An IRI or blank node for a node identifier, or null when it is neither (a relative IRI, say).</summary>
    private static Term? Resource(string id)
    {
        if (JsonLdKeywords.IsBlankNodeId(id))
        {
            return new BlankNode(id[2..]);
        }

        return JsonLdKeywords.IsWellFormedIri(id) ? Iri.FromTrusted(id) : null;
    }

    private Term? ObjectToRdf(object? item, List<Quad> quads, Term? graph)
    {
        if (item is not Dictionary<string, object?> map)
        {
            return null;
        }

        if (!map.ContainsKey("@value"))
        {
            if (map.TryGetValue("@list", out var list))
            {
                return ListToRdf(JsonLdJson.AsList(list), quads, graph);
            }

            return map.GetValueOrDefault("@id") is string id ? Resource(id) : null;
        }

        var value = map["@value"];
        var datatype = map.GetValueOrDefault("@type") as string;
        var language = map.GetValueOrDefault("@language") as string;
        if (datatype is not null && datatype != "@json" && !JsonLdKeywords.IsWellFormedIri(datatype))
        {
            return null;
        }

        if (language is not null && !IsWellFormedLanguageTag(language))
        {
            return null;
        }

        string lexical;
        if (datatype == "@json")
        {
            lexical = JsonLdJson.Canonicalize(value);
            datatype = Vocab.Rdf.Json.Value;
        }
        else if (value is bool b)
        {
            lexical = b ? "true" : "false";
            datatype ??= Vocab.Xsd.Boolean.Value;
        }
        else if (value is double d && (d % 1 != 0 || Math.Abs(d) >= 1e21 || datatype == Vocab.Xsd.Double.Value))
        {
            lexical = EcmaNumber.CanonicalDouble(d);
            datatype ??= Vocab.Xsd.Double.Value;
        }
        else if (value is double integer)
        {
            lexical = (integer == 0 ? 0 : integer).ToString("F0", CultureInfo.InvariantCulture);
            datatype ??= Vocab.Xsd.Integer.Value;
        }
        else if (value is string s)
        {
            lexical = s;
            datatype ??= language is null ? Vocab.Xsd.String.Value : Vocab.Rdf.LangString.Value;
        }
        else
        {
            return null;
        }

        if (map.GetValueOrDefault("@direction") is string direction && _options.RdfDirection is not null)
        {
            var lowerLanguage = language?.ToLowerInvariant() ?? string.Empty;
            if (_options.RdfDirection == "i18n-datatype")
            {
                return new Literal(lexical, Iri.FromTrusted(I18nNamespace + lowerLanguage + "_" + direction));
            }

            if (_options.RdfDirection == "compound-literal")
            {
                var node = new BlankNode(_issuer.Issue()[2..]);
                quads.Add(new Quad(node, RdfValue, Literal.String(lexical), graph));
                if (language is not null)
                {
                    quads.Add(new Quad(node, RdfLanguage, Literal.String(lowerLanguage), graph));
                }

                quads.Add(new Quad(node, RdfDirection, Literal.String(direction), graph));
                return node;
            }
        }

        return language is not null ? Literal.LangString(lexical, language) : new Literal(lexical, Iri.FromTrusted(datatype));
    }

    private Term ListToRdf(List<object?> items, List<Quad> quads, Term? graph)
    {
        if (items.Count == 0)
        {
            return Vocab.Rdf.Nil;
        }

        var nodes = items.Select(_ => new BlankNode(_issuer.Issue()[2..])).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var itemQuads = new List<Quad>();
            var obj = ObjectToRdf(items[i], itemQuads, graph);
            if (obj is not null)
            {
                quads.Add(new Quad(nodes[i], Vocab.Rdf.First, obj, graph));
            }

            quads.Add(new Quad(nodes[i], Vocab.Rdf.Rest, i + 1 < nodes.Count ? nodes[i + 1] : Vocab.Rdf.Nil, graph));
            quads.AddRange(itemQuads);
        }

        return nodes[0];
    }

    /// <summary>A BCP 47 tag in its simple form: letters, then hyphen-separated groups of letters and digits.</summary>
    private static bool IsWellFormedLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        if (parts[0].Length is < 1 or > 8 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
