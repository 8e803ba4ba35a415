using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;

namespace Graph.Extraction.Recognition;

/// <summary>A mention found by a recogniser, with the entity it names.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token (inclusive).</param>
/// <param name="Span">Its characters.</param>
/// <param name="MentionKind">How it names the entity.</param>
/// <param name="Entity">The entity named.</param>
internal sealed record Candidate(int First, int Last, TextSpan Span, MentionKind MentionKind, LexiconEntry Entity)
{
    /// <summary>True when the candidate covers token <paramref name="token"/>.</summary>
    public bool Covers(int token) => token >= First && token <= Last;
}
