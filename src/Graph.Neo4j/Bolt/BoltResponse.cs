using Graph.Neo4j.Driver;

namespace Graph.Neo4j.Bolt;

/// <summary>A message from the server: SUCCESS, RECORD, IGNORED or FAILURE.</summary>
internal abstract record BoltResponse
{
    public const byte SuccessTag = 0x70;
    public const byte RecordTag = 0x71;
    public const byte IgnoredTag = 0x7E;
    public const byte FailureTag = 0x7F;
}

/// <summary>The request succeeded; its metadata.</summary>
internal sealed record SuccessResponse(IReadOnlyDictionary<string, object?> Metadata) : BoltResponse
{
    public object? Get(string key) => Metadata.TryGetValue(key, out var value) ? value : null;
}

/// <summary>One record of a result.</summary>
internal sealed record RecordResponse(IReadOnlyList<object?> Values) : BoltResponse;

/// <summary>The request was ignored because an earlier one failed.</summary>
internal sealed record IgnoredResponse : BoltResponse;

/// <summary>The request failed.</summary>
internal sealed record FailureResponse(string Code, string Message) : BoltResponse
{
    /// <summary>Reads the code from <c>code</c> (up to Bolt 5.6) or <c>neo4j_code</c> (5.7 and later).</summary>
    public static FailureResponse FromMetadata(IReadOnlyDictionary<string, object?> metadata)
    {
        var code = (metadata.TryGetValue("neo4j_code", out var c7) ? c7 : null) as string
            ?? (metadata.TryGetValue("code", out var c) ? c : null) as string
            ?? "Neo.DatabaseError.General.UnknownError";
        var message = (metadata.TryGetValue("message", out var m) ? m : null) as string ?? "(the server gave no message)";
        return new FailureResponse(code, message);
    }

    public Neo4jException ToException() => Neo4jException.Create(Code, Message);
}
