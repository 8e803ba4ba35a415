using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Neo4j.Bolt;
using Graph.Neo4j.PackStream;

namespace Graph.Neo4j.Tests.Bolt.Stub;

/// <summary>
/// A conversation the stub server plays, in the manner of Neo4j's driver test kit: <c>C:</c> lines are
/// the messages the client must send, <c>S:</c> lines the server's replies, <c>!:</c> lines settings.
/// Fields are JSON values; in expected messages the string <c>"*"</c> matches any value;
/// <c>{"$string": N}</c> stands for N times the letter x, <c>{"$struct": tag, "fields": [...]}</c> for a
/// structure and <c>{"$bytes": "hex"}</c> for a byte array. <c>S: &lt;EXIT&gt;</c> drops the connection,
/// <c>S: &lt;NOOP&gt;</c> sends an empty keep-alive chunk. A line <c>---</c> starts the conversation of the next connection.
/// </summary>
internal sealed class StubScript
{
    private static readonly Dictionary<string, byte> Signatures = new(StringComparer.Ordinal)
    {
        ["HELLO"] = 0x01, ["GOODBYE"] = 0x02, ["RESET"] = 0x0F, ["RUN"] = 0x10, ["BEGIN"] = 0x11,
        ["COMMIT"] = 0x12, ["ROLLBACK"] = 0x13, ["DISCARD"] = 0x2F, ["PULL"] = 0x3F, ["TELEMETRY"] = 0x54,
        ["ROUTE"] = 0x66, ["LOGON"] = 0x6A, ["LOGOFF"] = 0x6B,
        ["SUCCESS"] = 0x70, ["RECORD"] = 0x71, ["IGNORED"] = 0x7E, ["FAILURE"] = 0x7F,
    };

    private StubScript(IReadOnlyList<BoltVersion> versions, int connections, bool allowReset, IReadOnlyList<IReadOnlyList<StubLine>> sections)
    {
        Versions = versions;
        Connections = Math.Max(connections, sections.Count);
        AllowReset = allowReset;
        Sections = sections;
    }

    /// <summary>The versions the server accepts; empty for a server that accepts none.</summary>
    public IReadOnlyList<BoltVersion> Versions { get; }

    /// <summary>How many connections, one after the other, play the script.</summary>
    public int Connections { get; }

    /// <summary>True when a RESET is answered with SUCCESS wherever it comes.</summary>
    public bool AllowReset { get; }

    /// <summary>The conversation of each connection; a script with one section plays it on every connection.</summary>
    public IReadOnlyList<IReadOnlyList<StubLine>> Sections { get; }

    /// <summary>The conversation of the n-th connection (from 0).</summary>
    public IReadOnlyList<StubLine> LinesOf(int connection) => Sections[Math.Min(connection, Sections.Count - 1)];

    public static StubScript Load(string name) =>
        Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bolt", "Scripts", name)), name);

    public static StubScript Parse(string text, string name)
    {
        var versions = new List<BoltVersion> { new(5, 4) };
        var connections = 1;
        var allowReset = false;
        var lines = new List<StubLine>();
        var sections = new List<IReadOnlyList<StubLine>> { lines };
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line == "---")
            {
                // The next connection plays what follows.
                lines = [];
                sections.Add(lines);
                continue;
            }

            var body = line.Length > 2 ? line[2..].Trim() : string.Empty;
            switch (line[..2])
            {
                case "!:" when body.StartsWith("BOLT ", StringComparison.Ordinal):
                    versions = body[5..].Trim() == "NONE" ? [] : body[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseVersion).ToList();
                    break;
                case "!:" when body.StartsWith("CONNECTIONS ", StringComparison.Ordinal):
                    connections = int.Parse(body[12..], CultureInfo.InvariantCulture);
                    break;
                case "!:" when body == "ALLOW RESET":
                    allowReset = true;
                    break;
                case "C:":
                    lines.Add(ParseMessage(body, fromClient: true, name, number));
                    break;
                case "S:" when body == "<EXIT>":
                    lines.Add(new StubLine(StubAction.Exit, 0, [], number));
                    break;
                case "S:" when body == "<NOOP>":
                    lines.Add(new StubLine(StubAction.Noop, 0, [], number));
                    break;
                case "S:":
                    lines.Add(ParseMessage(body, fromClient: false, name, number));
                    break;
                default:
                    throw new FormatException($"{name}:{number}: cannot read '{line}'");
            }
        }

        return new StubScript(versions, connections, allowReset, sections);
    }

    public static string NameOf(byte signature) => Signatures.FirstOrDefault(p => p.Value == signature).Key ?? $"0x{signature:X2}";

    private static BoltVersion ParseVersion(string text)
    {
        var parts = text.Split('.');
        return new BoltVersion(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static StubLine ParseMessage(string body, bool fromClient, string name, int number)
    {
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var messageName = space < 0 ? body : body[..space];
        if (!Signatures.TryGetValue(messageName, out var signature))
        {
            throw new FormatException($"{name}:{number}: unknown message '{messageName}'");
        }

        var fields = new List<object?>();
        if (space >= 0)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(body[(space + 1)..]), new JsonReaderOptions { AllowMultipleValues = true });
            while (reader.Read())
            {
                using var document = JsonDocument.ParseValue(ref reader);
                fields.Add(FromJson(document.RootElement));
            }
        }

        return new StubLine(fromClient ? StubAction.Expect : StubAction.Send, signature, fields, number);
    }

    private static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString() == "*" ? Wildcard.Instance : element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) && !element.GetRawText().Contains('.', StringComparison.Ordinal) ? (object)l : element.GetDouble();
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(FromJson).ToList();
            default:
                if (element.TryGetProperty("$string", out var size))
                {
                    return new string('x', size.GetInt32());
                }

                if (element.TryGetProperty("$bytes", out var hex))
                {
                    return Convert.FromHexString(hex.GetString()!);
                }

                if (element.TryGetProperty("$struct", out var tag))
                {
                    return new PackStreamStructure((byte)tag.GetInt32(), element.GetProperty("fields").EnumerateArray().Select(FromJson).ToList());
                }

                return element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal);
        }
    }
}

/// <summary>What one line of a script does.</summary>
internal enum StubAction
{
    Expect,
    Send,
    Exit,
    Noop,
}

/// <summary>One line of a script.</summary>
internal sealed record StubLine(StubAction Action, byte Signature, IReadOnlyList<object?> Fields, int LineNumber);

/// <summary>The <c>"*"</c> of an expected message: any value.</summary>
internal sealed class Wildcard
{
    public static Wildcard Instance { get; } = new();

    public override string ToString() => "*";
}
