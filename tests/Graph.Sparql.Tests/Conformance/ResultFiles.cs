using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Tests.Conformance;

/// <summary>An expected result: a boolean, solutions (variable → term), or a graph.</summary>
internal sealed record ExpectedResult(bool? Boolean, IReadOnlyList<Dictionary<string, Term>>? Solutions, IReadOnlyList<Triple>? Graph, bool LexicalOnly = false);

/// <summary>
/// Reads the expected results of the test suites: SPARQL XML (.srx), JSON (.srj), TSV, CSV, result
/// sets written in RDF (the rs: vocabulary), and graphs. A small test-side reader, so the runner
/// checks the engine against the files themselves.
/// </summary>
internal static class ResultFiles
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public static ExpectedResult Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".srx" => ReadXml(path),
            ".srj" => ReadJson(path),
            ".tsv" => ReadTsv(path),
            ".csv" => ReadCsv(path),
            _ => ReadRdf(path),
        };
    }

    private static ExpectedResult ReadXml(string path)
    {
        XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        var document = XDocument.Load(path);
        var boolean = document.Root!.Element(ns + "boolean");
        if (boolean is not null)
        {
            return new ExpectedResult(boolean.Value.Trim() == "true", null, null);
        }

        var solutions = new List<Dictionary<string, Term>>();
        foreach (var result in document.Root.Element(ns + "results")?.Elements(ns + "result") ?? [])
        {
            var row = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var binding in result.Elements(ns + "binding"))
            {
                var value = binding.Elements().First();
                row[binding.Attribute("name")!.Value] = value.Name.LocalName switch
                {
                    "uri" => Iri.FromTrusted(value.Value),
                    "bnode" => new BlankNode(value.Value),
                    _ => MakeLiteral(value.Value, value.Attribute(XNamespace.Xml + "lang")?.Value, value.Attribute("datatype")?.Value),
                };
            }

            solutions.Add(row);
        }

        return new ExpectedResult(null, solutions, null);
    }

    private static Literal MakeLiteral(string text, string? language, string? datatype) =>
        language is not null ? Literal.LangString(text, language)
        : datatype is not null ? Literal.Typed(text, Iri.FromTrusted(datatype))
        : Literal.String(text);

    private static ExpectedResult ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (root.TryGetProperty("boolean", out var boolean))
        {
            return new ExpectedResult(boolean.GetBoolean(), null, null);
        }

        var solutions = new List<Dictionary<string, Term>>();
        foreach (var binding in root.GetProperty("results").GetProperty("bindings").EnumerateArray())
        {
            var row = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var property in binding.EnumerateObject())
            {
                row[property.Name] = JsonTerm(property.Value);
            }

            solutions.Add(row);
        }

        return new ExpectedResult(null, solutions, null);
    }

    private static Term JsonTerm(JsonElement value)
    {
        var text = value.GetProperty("value").GetString()!;
        return value.GetProperty("type").GetString() switch
        {
            "uri" => Iri.FromTrusted(text),
            "bnode" => new BlankNode(text),
            "triple" => throw new NotSupportedException("triple terms in results"),
            _ => MakeLiteral(
                text,
                value.TryGetProperty("xml:lang", out var lang) ? lang.GetString() : null,
                value.TryGetProperty("datatype", out var type) ? type.GetString() : null),
        };
    }

    private static ExpectedResult ReadTsv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var variables = lines[0].Split('\t').Select(v => v.TrimStart('?')).ToList();
        var solutions = new List<Dictionary<string, Term>>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            var row = new Dictionary<string, Term>(StringComparer.Ordinal);
            for (var i = 0; i < variables.Count && i < cells.Length; i++)
            {
                if (cells[i].Length > 0)
                {
                    row[variables[i]] = TsvTerm(cells[i]);
                }
            }

            solutions.Add(row);
        }

        return new ExpectedResult(null, solutions, null);
    }

    private static Term TsvTerm(string cell)
    {
        if (cell.StartsWith('<'))
        {
            return Iri.FromTrusted(cell[1..^1]);
        }

        if (cell.StartsWith("_:", StringComparison.Ordinal))
        {
            return new BlankNode(cell[2..]);
        }

        if (cell.StartsWith('"'))
        {
            var end = cell.LastIndexOf('"');
            var text = cell[1..end].Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal)
                .Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            var rest = cell[(end + 1)..];
            if (rest.StartsWith('@'))
            {
                return Literal.LangString(text, rest[1..]);
            }

            if (rest.StartsWith("^^<", StringComparison.Ordinal))
            {
                return Literal.Typed(text, Iri.FromTrusted(rest[3..^1]));
            }

            return Literal.String(text);
        }

        // Bare numbers and booleans, as Turtle writes them.
        if (cell is "true" or "false")
        {
            return Literal.Typed(cell, Vocab.Xsd.Boolean);
        }

        var type = cell.Contains('e', StringComparison.OrdinalIgnoreCase) ? Vocab.Xsd.Double : cell.Contains('.', StringComparison.Ordinal) ? Vocab.Xsd.Decimal : Vocab.Xsd.Integer;
        return Literal.Typed(cell, type);
    }

    private static ExpectedResult ReadCsv(string path)
    {
        var records = ParseCsv(File.ReadAllText(path));
        var variables = records[0];
        var solutions = new List<Dictionary<string, Term>>();
        foreach (var record in records.Skip(1))
        {
            var row = new Dictionary<string, Term>(StringComparer.Ordinal);
            for (var i = 0; i < variables.Count && i < record.Count; i++)
            {
                if (record[i].Length > 0)
                {
                    row[variables[i]] = record[i].StartsWith("_:", StringComparison.Ordinal) ? new BlankNode(record[i][2..]) : Literal.String(record[i]);
                }
            }

            solutions.Add(row);
        }

        return new ExpectedResult(null, solutions, null, LexicalOnly: true);
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }

    private static ExpectedResult ReadRdf(string path)
    {
        var triples = RdfFiles.ReadTriples(path);
        var resultSetType = Iri.Parse(Rs + "ResultSet");
        var resultSet = triples.FirstOrDefault(t => t.Predicate == Vocab.Rdf.Type && t.Object == resultSetType).Subject;
        if (resultSet is null)
        {
            return new ExpectedResult(null, null, triples);
        }

        var dataset = new Graph.Rdf.Datasets.Dataset();
        foreach (var t in triples)
        {
            dataset.Add(t);
        }

        var graph = new GraphView(dataset);
        var boolean = graph.Object(resultSet, Iri.Parse(Rs + "boolean"));
        if (boolean is Literal b)
        {
            return new ExpectedResult(b.LexicalForm == "true", null, null);
        }

        var solutions = new List<Dictionary<string, Term>>();
        var index = Iri.Parse(Rs + "index");
        var ordered = graph.Objects(resultSet, Iri.Parse(Rs + "solution"))
            .OrderBy(s => graph.Object(s, index) is Literal i ? long.Parse(i.LexicalForm, CultureInfo.InvariantCulture) : 0);
        foreach (var solution in ordered)
        {
            var row = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var binding in graph.Objects(solution, Iri.Parse(Rs + "binding")))
            {
                var variable = ((Literal)graph.Object(binding, Iri.Parse(Rs + "variable"))!).LexicalForm;
                row[variable] = graph.Object(binding, Iri.Parse(Rs + "value"))!;
            }

            solutions.Add(row);
        }

        return new ExpectedResult(null, solutions, null);
    }

    public static string Format(IReadOnlyList<Dictionary<string, Term>> rows) =>
        string.Join("\n", rows.Select(r => string.Join(" ", r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => "?" + p.Key + "=" + p.Value))));

    public static CultureInfo Culture => CultureInfo.InvariantCulture;
}
