using System.Globalization;
using System.Text.Json;
using Graph.Extraction.Model;
using Graph.Rdf;

namespace Graph.Ingestion.Sources;

/// <summary>
/// A JSON Lines corpus: one article a line, <c>{"id", "headline", "published", "text", "url"}</c>,
/// of which only <c>text</c> is required. Read as a stream, so the corpus may be of any size; a
/// record over the size limit per article is refused without being held in memory.
/// </summary>
public sealed class JsonLinesArticleSource : IArticleSource
{
    private readonly ArticleSourceOptions _options;

    /// <summary>Creates the source for the file at <paramref name="path"/>.</summary>
    public JsonLinesArticleSource(string path, ArticleSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Name = path;
        _options = options ?? new ArticleSourceOptions();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IEnumerable<Article> Read()
    {
        FileStream stream;
        try
        {
            stream = SourceFiles.OpenRead(Name);
        }
        catch (ArticleSourceException e)
        {
            _options.Skip(e);
            yield break;
        }

        using var _ = stream;
        var records = 0;
        foreach (var line in BoundedLineReader.ReadLines(stream, _options.MaxArticleBytes))
        {
            if (!line.TooLong && IsBlank(line.Bytes.Span))
            {
                continue;
            }

            records++;
            Article article;
            try
            {
                article = ParseLine(line);
            }
            catch (ArticleSourceException e)
            {
                _options.Skip(e);
                continue;
            }

            yield return article;
        }

        if (records == 0)
        {
            _options.Skip(new ArticleSourceException(ArticleSourceError.Empty, "empty corpus: no JSON Lines record", Name));
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r"u8).IsEmpty;

    private Article ParseLine(ByteLine line)
    {
        if (line.TooLong)
        {
            throw Problem(ArticleSourceError.TooLarge, $"the record is {line.Length:N0} bytes, over the limit of {_options.MaxArticleBytes:N0} bytes per article", line);
        }

        // Decoding first names the byte offset of invalid UTF-8, which the JSON parser would not.
        _ = Utf8Text.Decode(line.Bytes.Span, Name, line.Offset, line.Number);
        var json = line.Offset == 0 && line.Bytes.Span.StartsWith(Utf8Bom) ? line.Bytes[Utf8Bom.Length..] : line.Bytes;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw Problem(ArticleSourceError.MalformedRecord, $"malformed JSON at column {column}: {FirstSentence(e.Message)}", line, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Problem(ArticleSourceError.MalformedRecord, $"a record must be a JSON object, not {Describe(root.ValueKind)}", line);
            }

            var text = OptionalString(root, "text", line)
                ?? throw Problem(ArticleSourceError.MalformedRecord, "the record has no \"text\" string", line);
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (text.Length == 0)
            {
                throw Problem(ArticleSourceError.Empty, "the record's \"text\" is empty", line);
            }

            var url = OptionalString(root, "url", line);
            if (url is not null && !Iri.TryParse(url, out _, out var iriError))
            {
                throw Problem(ArticleSourceError.MalformedRecord, $"\"url\" is not an absolute IRI: {iriError}", line);
            }

            var id = OptionalId(root, line) ?? ArticleIds.ForRecord(url, text);
            var headline = OptionalString(root, "headline", line)?.Trim();
            var published = OptionalDate(root, line) ?? _options.Published;
            return new Article(id, string.IsNullOrEmpty(headline) ? null : headline, published, text, url);
        }
    }

    private string? OptionalString(JsonElement record, string name, ByteLine line)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Problem(ArticleSourceError.MalformedRecord, $"\"{name}\" must be a string, not {Describe(value.ValueKind)}", line);
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException e)
        {
            // A \uD800-style escape without its pair is no Unicode character, and no RDF syntax could write it.
            throw Problem(ArticleSourceError.MalformedRecord, $"\"{name}\" holds an unpaired surrogate escape", line, e);
        }
    }

    private string? OptionalId(JsonElement record, ByteLine line)
    {
        if (record.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }

        var id = OptionalString(record, "id", line)?.Trim();
        return string.IsNullOrEmpty(id) ? null : id;
    }

    private DateOnly? OptionalDate(JsonElement record, ByteLine line)
    {
        var text = OptionalString(record, "published", line)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // A date, or the date part of a date-time ("2015-01-19T10:00:00Z").
        var datePart = text.Length > 10 && text[10] is 'T' or 't' or ' ' ? text[..10] : text;
        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Problem(ArticleSourceError.MalformedRecord, $"\"published\" is not a date (YYYY-MM-DD): \"{text}\"", line);
    }

    private ArticleSourceException Problem(ArticleSourceError error, string reason, ByteLine line, Exception? inner = null) =>
        new(error, reason, Name, line.Number, line.Offset, inner);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
