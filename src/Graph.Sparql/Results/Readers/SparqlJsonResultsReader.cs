using System.Text.Json;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Results;

/// <summary>Reads the SPARQL 1.1 Query Results JSON Format (and the older <c>typed-literal</c> type, and 1.2 triple terms).</summary>
internal static class SparqlJsonResultsReader
{
    public static SparqlResults Read(TextReader input, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input.ReadToEnd(), new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new SparqlResultsFormatException(sourceName, (e.LineNumber ?? -1) + 1, (e.BytePositionInLine ?? -1) + 1, "not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(sourceName, "the document is not a JSON object");
            }

            if (root.TryGetProperty("boolean", out var boolean))
            {
                return boolean.ValueKind switch
                {
                    JsonValueKind.True => SparqlResults.FromBoolean(true),
                    JsonValueKind.False => SparqlResults.FromBoolean(false),
                    _ => throw Error(sourceName, "\"boolean\" is not true or false"),
                };
            }

            var variables = new List<string>();
            if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vars))
            {
                foreach (var v in vars.EnumerateArray())
                {
                    variables.Add(v.GetString() ?? throw Error(sourceName, "a variable name is not a string"));
                }
            }

            if (!root.TryGetProperty("results", out var results) || !results.TryGetProperty("bindings", out var bindings)
                || bindings.ValueKind != JsonValueKind.Array)
            {
                throw Error(sourceName, "neither \"boolean\" nor \"results\": { \"bindings\": [...] } is present");
            }

            // A variable used in a binding but missing from the head is kept rather than losing its value.
            foreach (var binding in bindings.EnumerateArray())
            {
                if (binding.ValueKind != JsonValueKind.Object)
                {
                    throw Error(sourceName, "a binding is not a JSON object");
                }

                foreach (var property in binding.EnumerateObject())
                {
                    if (!variables.Contains(property.Name))
                    {
                        variables.Add(property.Name);
                    }
                }
            }

            var header = variables.ToArray();
            var rows = new List<SparqlSolution>();
            foreach (var binding in bindings.EnumerateArray())
            {
                var values = new Term?[header.Length];
                foreach (var property in binding.EnumerateObject())
                {
                    values[Array.IndexOf(header, property.Name)] = ReadTerm(property.Value, sourceName);
                }

                rows.Add(new SparqlSolution(header, values));
            }

            return SparqlResults.FromRows(header, rows);
        }
    }

    private static Term ReadTerm(JsonElement element, string sourceName)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var typeElement))
        {
            throw Error(sourceName, "an RDF term is not an object with a \"type\"");
        }

        var type = typeElement.GetString();
        if (type == "triple")
        {
            var parts = element.GetProperty("value");
            var subject = ReadTerm(parts.GetProperty("subject"), sourceName);
            var predicate = ReadTerm(parts.GetProperty("predicate"), sourceName) as Iri ?? throw Error(sourceName, "a triple's predicate is not an IRI");
            return new TripleTerm(new Triple(subject, predicate, ReadTerm(parts.GetProperty("object"), sourceName)));
        }

        if (!element.TryGetProperty("value", out var valueElement) || valueElement.GetString() is not { } value)
        {
            throw Error(sourceName, "an RDF term has no string \"value\"");
        }

        switch (type)
        {
            case "uri":
                return Iri.TryParse(value, out var iri, out var reason) ? iri! : throw Error(sourceName, $"<{value}> is not an IRI: {reason}");
            case "bnode":
                return value.Length > 0 ? new BlankNode(value) : throw Error(sourceName, "a blank node has an empty label");
            case "literal":
            case "typed-literal":
                if (element.TryGetProperty("xml:lang", out var lang) && lang.GetString() is { Length: > 0 } language)
                {
                    var direction = element.TryGetProperty("its:dir", out var dir) ? dir.GetString() : null;
                    return Literal.LangString(value, language, direction);
                }

                if (element.TryGetProperty("datatype", out var datatype) && datatype.GetString() is { } dt)
                {
                    return Iri.TryParse(dt, out var datatypeIri, out _) ? Literal.Typed(value, datatypeIri!) : throw Error(sourceName, $"datatype <{dt}> is not an IRI");
                }

                return Literal.Typed(value, Vocab.Xsd.String);
            default:
                throw Error(sourceName, $"unknown term type \"{type}\"");
        }
    }

    private static SparqlResultsFormatException Error(string sourceName, string reason) => new(sourceName, 0, 0, reason);
}
