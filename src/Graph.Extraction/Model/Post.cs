namespace Graph.Extraction.Model;

/// <summary>
/// An official's post: a normalised title in a country or institution, and who holds it.
/// </summary>
/// <param name="Key">Stable key of the post, e.g. <c>post/BE/foreign-minister</c>.</param>
/// <param name="Title">The normalised title ("Foreign Minister", "Foreign Policy Chief").</param>
/// <param name="InstitutionKey">The key of the country or organisation the post belongs to, or null.</param>
/// <param name="HolderKey">The key of the person who holds it.</param>
/// <param name="Span">Where the article says so.</param>
public sealed record Post(string Key, string Title, string? InstitutionKey, string HolderKey, TextSpan Span);
