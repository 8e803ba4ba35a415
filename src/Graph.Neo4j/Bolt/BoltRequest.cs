using Graph.Neo4j.PackStream;

namespace Graph.Neo4j.Bolt;

/// <summary>The client messages of Bolt 4.4 and 5.x, written as PackStream structures.</summary>
internal static class BoltRequest
{
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F;
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;

    /// <summary>The name of a request signature, for logs and error messages.</summary>
    public static string NameOf(byte signature) => signature switch
    {
        Hello => "HELLO",
        Goodbye => "GOODBYE",
        Reset => "RESET",
        Run => "RUN",
        Begin => "BEGIN",
        Commit => "COMMIT",
        Rollback => "ROLLBACK",
        Discard => "DISCARD",
        Pull => "PULL",
        Logon => "LOGON",
        Logoff => "LOGOFF",
        _ => $"0x{signature:X2}",
    };

    public static void WriteNoFields(PackStreamWriter writer, byte signature) => writer.WriteStructureHeader(signature, 0);

    public static void WriteWithMap(PackStreamWriter writer, byte signature, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStructureHeader(signature, 1);
        writer.WriteValue(map);
    }

    public static void WriteRun(PackStreamWriter writer, string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra)
    {
        writer.WriteStructureHeader(Run, 3);
        writer.WriteString(query);
        writer.WriteValue(parameters);
        writer.WriteValue(extra);
    }

    public static void WritePullOrDiscard(PackStreamWriter writer, byte signature, long count, long queryId)
    {
        writer.WriteStructureHeader(signature, 1);
        writer.WriteMapHeader(queryId == -1 ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(count);
        if (queryId != -1)
        {
            writer.WriteString("qid");
            writer.WriteInteger(queryId);
        }
    }
}
