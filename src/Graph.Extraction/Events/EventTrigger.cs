using Graph.Extraction.Model;

namespace Graph.Extraction.Events;

/// <summary>A word that signals an event, from event-triggers.tsv.</summary>
/// <param name="Kind">The event type.</param>
/// <param name="Noun">The noun a label uses ("met" → "meeting").</param>
/// <param name="IsVerb">True for a verb ("met"), false for a noun ("meeting").</param>
internal sealed record EventTrigger(EventKind Kind, string Noun, bool IsVerb);
