namespace Graph.Neo4j.PackStream;

/// <summary>
/// A PackStream structure as it travels: a one-byte tag and its fields. Bolt messages and the
/// graph and temporal types are structures; one the reader does not know stays in this form.
/// </summary>
/// <param name="Tag">The tag byte (the message signature for messages).</param>
/// <param name="Fields">The fields, in order.</param>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    /// <inheritdoc />
    public override string ToString() => $"Structure(0x{Tag:X2}, {Fields.Count} fields)";
}
