using System.Security.Cryptography;
using System.Text;
using Graph.Ingestion.Mapping;

namespace Graph.Ingestion.Sources;

/// <summary>Identifiers for articles whose source gives none, derived so they are the same in every run.</summary>
internal static class ArticleIds
{
    /// <summary>
    /// The id of a plain-text article: the file name's slug and a short hash of the text, so renaming
    /// nothing and re-running gives the same id, and two files of the same name in different folders differ.
    /// </summary>
    public static string ForFile(string path, string text)
    {
        var stem = Slug.Of(Path.GetFileNameWithoutExtension(path));
        var hash = ShortHash(text);
        return stem.Length == 0 ? hash : stem + "-" + hash;
    }

    /// <summary>The id of a record without one: its URL when it has one, else a hash of its text.</summary>
    public static string ForRecord(string? url, string text) => url ?? ShortHash(text);

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 6));
}
