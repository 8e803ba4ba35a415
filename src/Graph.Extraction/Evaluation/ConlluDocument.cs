using System.Globalization;
using Graph.Extraction.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>A gold entity mention of a GUM document: its span in the rebuilt text, and its entity.</summary>
/// <param name="EntityId">The document-local id of the gold entity.</param>
/// <param name="Type">The GUM type: person, organization, place, event, time, abstract…</param>
/// <param name="Identity">The English Wikipedia title when the entity is linked, else null.</param>
/// <param name="Span">The whole mention.</param>
/// <param name="MinSpan">The mention's minimal span (its head words).</param>
public sealed record GoldMention(string EntityId, string Type, string? Identity, TextSpan Span, TextSpan MinSpan);

/// <summary>
/// A document of the GUM corpus in CoNLL-U with its entity layer: the text rebuilt as the corpus
/// README says (sentences of a paragraph joined by a space, paragraphs by a blank line) and the gold
/// mentions with character spans in it.
/// </summary>
public sealed class ConlluDocument
{
    private ConlluDocument(string name, string text, DateOnly? created, IReadOnlyList<GoldMention> mentions)
    {
        Name = name;
        Text = text;
        Created = created;
        Mentions = mentions;
    }

    /// <summary>The document name (the file name without extension).</summary>
    public string Name { get; }

    /// <summary>The article text.</summary>
    public string Text { get; }

    /// <summary>The date the article was written (<c># meta::dateCreated</c>), or null.</summary>
    public DateOnly? Created { get; }

    /// <summary>Every gold mention.</summary>
    public IReadOnlyList<GoldMention> Mentions { get; }

    /// <summary>Reads a CoNLL-U file.</summary>
    /// <exception cref="InvalidDataException">When a token line or an entity annotation is malformed; the message names the file and line.</exception>
    public static ConlluDocument Load(string path)
    {
        var builder = new System.Text.StringBuilder();
        var open = new List<(string Id, string Type, string? Identity, int[] MinTokens, int FirstToken)>();
        var mentions = new List<(string Id, string Type, string? Identity, int[] MinTokens, int First, int Last)>();
        var tokenSpans = new List<TextSpan>();
        DateOnly? created = null;
        var newParagraph = false;
        var newSentence = false;
        var lineNumber = 0;
        var spaceAfter = true;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("# meta::dateCreated = ", StringComparison.Ordinal)
                && DateOnly.TryParseExact(line["# meta::dateCreated = ".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                created = date;
            }

            if (line == "# newpar")
            {
                newParagraph = true;
            }

            if (line.StartsWith("# sent_id", StringComparison.Ordinal))
            {
                newSentence = true;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: a token line has {columns.Length} columns, not 10");
            }

            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                if (newParagraph)
                {
                    builder.Append("\n\n");
                }
                else if (newSentence || spaceAfter)
                {
                    builder.Append(' ');
                }
            }

            newParagraph = newSentence = false;
            var start = builder.Length;
            builder.Append(columns[1]);
            tokenSpans.Add(new TextSpan(start, builder.Length));
            spaceAfter = !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            ParseEntities(columns[9], tokenSpans.Count - 1, open, mentions, path, lineNumber);
        }

        var text = builder.ToString();
        var gold = mentions.Select(m =>
        {
            var span = new TextSpan(tokenSpans[m.First].Start, tokenSpans[m.Last].End);
            var minTokens = m.MinTokens.Select(k => Math.Clamp(m.First + k - 1, m.First, m.Last)).ToList();
            var min = minTokens.Count == 0 ? span : new TextSpan(tokenSpans[minTokens.Min()].Start, tokenSpans[minTokens.Max()].End);
            return new GoldMention(m.Id, m.Type, m.Identity, span, min);
        }).ToList();
        return new ConlluDocument(Path.GetFileNameWithoutExtension(path), text, created, gold);
    }

    private static void ParseEntities(
        string misc,
        int token,
        List<(string Id, string Type, string? Identity, int[] MinTokens, int FirstToken)> open,
        List<(string Id, string Type, string? Identity, int[] MinTokens, int First, int Last)> mentions,
        string path,
        int lineNumber)
    {
        var field = misc.Split('|').FirstOrDefault(f => f.StartsWith("Entity=", StringComparison.Ordinal));
        if (field is null)
        {
            return;
        }

        var value = field["Entity=".Length..];
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                var end = value.IndexOfAny(['(', ')'], i + 1);
                if (end < 0)
                {
                    end = value.Length;
                }

                var parts = value[(i + 1)..end].Split('-');
                if (parts.Length < 2)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: malformed entity annotation '{value}'");
                }

                var identity = parts.Length > 7 && parts[7].Length > 0 ? Uri.UnescapeDataString(parts[7]) : null;
                var minTokens = parts.Length > 5 ? parts[5].Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1).ToArray() : [];
                if (end < value.Length && value[end] == ')')
                {
                    mentions.Add((parts[0], parts[1], identity, minTokens, token, token));
                    i = end + 1;
                }
                else
                {
                    open.Add((parts[0], parts[1], identity, minTokens, token));
                    i = end;
                }

                continue;
            }

            var close = value.IndexOf(')', i);
            if (close < 0)
            {
                break;
            }

            var id = value[i..close];
            var at = open.FindLastIndex(o => o.Id == id);
            if (at < 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: entity {id} closes but was never opened");
            }

            var opened = open[at];
            open.RemoveAt(at);
            mentions.Add((opened.Id, opened.Type, opened.Identity, opened.MinTokens, opened.FirstToken, token));
            i = close + 1;
        }
    }
}
