using System.Globalization;
using System.Text;
using Graph.Neo4j.Projection;

namespace Graph.Neo4j.Export;

/// <summary>The files written for <c>neo4j-admin database import full</c>, and the command that imports them.</summary>
/// <param name="NodesFile">The nodes CSV file name.</param>
/// <param name="RelationshipsFile">The relationships CSV file name.</param>
/// <param name="CommandFile">The shell script holding the command.</param>
/// <param name="Command">The command line, to run in the folder of the files.</param>
public sealed record AdminImportFiles(string NodesFile, string RelationshipsFile, string CommandFile, string Command);

/// <summary>
/// Writes a projected graph as CSV for <c>neo4j-admin database import full</c>: one nodes file with
/// <c>uri:ID</c>, <c>:LABEL</c> and a typed column per property (<c>age:long</c>, <c>born:date</c>,
/// <c>alias:string[]</c>), one relationships file with <c>:START_ID</c>, <c>:END_ID</c> and <c>:TYPE</c>.
/// </summary>
public static class AdminImportWriter
{
    private const string NodesFileName = "nodes.csv";
    private const string RelationshipsFileName = "relationships.csv";
    private const string CommandFileName = "import.sh";
    private static readonly char[] DelimiterCandidates = [';', '|', '¦', '§', '¤'];

    /// <summary>Writes the files into <paramref name="directory"/> (which must exist) and returns what was written.</summary>
    /// <exception cref="ArgumentException">A property name cannot be a CSV header, or no array delimiter is free.</exception>
    public static AdminImportFiles Write(PropertyGraph graph, string directory, string database = "neo4j")
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(directory);
        var columns = Columns(graph);
        var delimiter = ChooseArrayDelimiter(graph);
        var multiline = false;

        WriteFileAtomically(System.IO.Path.Combine(directory, NodesFileName), writer =>
        {
            var header = new List<string> { "uri:ID", ":LABEL" };
            header.AddRange(columns.Select(c => c.Header));
            writer.WriteLine(string.Join(',', header.Select(Quote)));
            var fields = new List<string>();
            foreach (var node in graph.Nodes)
            {
                fields.Clear();
                fields.Add(Quote(node.Uri));
                fields.Add(Quote(string.Join(delimiter, node.Labels.Prepend(ProjectionOptions.ResourceLabel))));
                foreach (var column in columns)
                {
                    fields.Add(node.Properties.TryGetValue(column.Name, out var value) ? Quote(column.Format(value, delimiter)) : string.Empty);
                }

                var line = string.Join(',', fields);
                multiline |= line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal);
                writer.WriteLine(line);
            }
        });

        WriteFileAtomically(System.IO.Path.Combine(directory, RelationshipsFileName), writer =>
        {
            writer.WriteLine("\":START_ID\",\":END_ID\",\":TYPE\"");
            foreach (var r in graph.Relationships)
            {
                writer.WriteLine(Quote(r.StartUri) + "," + Quote(r.EndUri) + "," + Quote(r.Type));
            }
        });

        var command = "neo4j-admin database import full " + database
            + " --nodes=" + NodesFileName + " --relationships=" + RelationshipsFileName
            + " --array-delimiter='" + delimiter + "'"
            + (multiline ? " --multiline-fields=true" : string.Empty)
            + " --overwrite-destination=true";
        WriteFileAtomically(System.IO.Path.Combine(directory, CommandFileName), writer =>
        {
            writer.WriteLine("#!/bin/sh");
            writer.WriteLine("# Imports the graph into an empty, stopped database (it replaces the database named below).");
            writer.WriteLine("# Run it where neo4j-admin is, e.g. in the Neo4j container with these files under /import.");
            writer.WriteLine("set -e");
            writer.WriteLine("cd \"$(dirname \"$0\")\"");
            writer.WriteLine(command);
        });

        return new AdminImportFiles(NodesFileName, RelationshipsFileName, CommandFileName, command);
    }

    private static void WriteFileAtomically(string path, Action<TextWriter> write)
    {
        var temporary = path + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static List<Column> Columns(PropertyGraph graph)
    {
        var kinds = new Dictionary<string, (string Type, bool Array)>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            foreach (var (name, value) in node.Properties)
            {
                var isArray = value is IReadOnlyList<object>;
                var type = isArray ? CommonType(((IReadOnlyList<object>)value).Select(TypeOf)) : TypeOf(value);
                kinds[name] = kinds.TryGetValue(name, out var seen)
                    ? (seen.Type == type ? type : "string", seen.Array || isArray)
                    : (type, isArray);
            }
        }

        foreach (var name in kinds.Keys)
        {
            if (name.Contains(':', StringComparison.Ordinal) || name.Contains('"', StringComparison.Ordinal))
            {
                throw new ArgumentException($"the property name '{name}' cannot be a neo4j-admin header (it holds ':' or '\"'); export with the IGNORE or SHORTEN vocabulary");
            }
        }

        return kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new Column(k.Key, k.Value.Type, k.Value.Array)).ToList();
    }

    private static string CommonType(IEnumerable<string> types)
    {
        var distinct = types.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : "string";
    }

    private static string TypeOf(object value) => value switch
    {
        long => "long",
        double => "double",
        bool => "boolean",
        DateOnly => "date",
        DateTimeOffset => "datetime",
        DateTime => "localdatetime",
        _ => "string",
    };

    private static char ChooseArrayDelimiter(PropertyGraph graph)
    {
        foreach (var candidate in DelimiterCandidates)
        {
            var clash = graph.Nodes.Any(n => n.Labels.Any(l => l.Contains(candidate, StringComparison.Ordinal))
                || n.Properties.Values.OfType<IReadOnlyList<object>>().Any(list => list.Any(v => Text(v).Contains(candidate, StringComparison.Ordinal))));
            if (!clash)
            {
                return candidate;
            }
        }

        throw new ArgumentException("every candidate array delimiter (" + string.Join(' ', DelimiterCandidates) + ") occurs in a label or a list value; export as a Cypher script instead");
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(string Name, string Type, bool Array)
    {
        public string Header => Name + ":" + Type + (Array ? "[]" : string.Empty);

        public string Format(object value, char delimiter) => value is IReadOnlyList<object> list
            ? string.Join(delimiter, list.Select(Text))
            : Text(value);
    }
}
