namespace Graph.Extraction.Model;

/// <summary>A quotation, direct ("…," X said) or reported (X said that …), with its speaker.</summary>
/// <param name="Key">Stable key, unique within the article.</param>
/// <param name="Text">The quoted or reported words, without the quotation marks.</param>
/// <param name="IsDirect">True for a direct quotation.</param>
/// <param name="SpeakerKey">The key of the speaker entity, or null when unknown.</param>
/// <param name="Span">Where the quoted words stand.</param>
public sealed record Quotation(string Key, string Text, bool IsDirect, string? SpeakerKey, TextSpan Span);
