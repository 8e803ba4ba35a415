using Graph.Extraction.Model;

namespace Graph.Extraction.Time;

/// <summary>A time expression found in the text: its token range and what it resolves to.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token (inclusive).</param>
/// <param name="Reference">The words, span and dates.</param>
internal sealed record TimeExpression(int First, int Last, TimeReference Reference);
