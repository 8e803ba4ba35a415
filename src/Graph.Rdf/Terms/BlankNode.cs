namespace Graph.Rdf;

/// <summary>A blank node, identified by a label that is only meaningful inside one document or dataset.</summary>
public sealed record BlankNode : Term
{
    private static long s_counter;

    /// <summary>Creates a blank node with the given label (without the <c>_:</c> prefix).</summary>
    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    /// <summary>The label, without the <c>_:</c> prefix.</summary>
    public string Label { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>Creates a blank node with a fresh label, unique within this process.</summary>
    public static BlankNode New() => new("b" + Interlocked.Increment(ref s_counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public override string ToString() => "_:" + Label;
}
