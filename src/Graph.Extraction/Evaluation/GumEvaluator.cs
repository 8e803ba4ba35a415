using System.Globalization;
using System.Text;
using Graph.Extraction.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>The figures of one document (or of all of them).</summary>
/// <param name="Document">The document name, or "overall".</param>
/// <param name="GoldEntities">Gold person, organisation and place entities that carry a Wikipedia identity.</param>
/// <param name="FoundEntities">How many of them the graph finds: one of its entities has a mention overlapping one of theirs.</param>
/// <param name="FoundByHead">How many the graph finds by a mention overlapping a gold mention's head (its minimal span): a stricter count.</param>
/// <param name="GraphEntities">The graph's entities (every kind extraction produces) that have a mention.</param>
/// <param name="CorrectEntities">How many of them have a mention overlapping a gold person, organisation or place mention.</param>
public sealed record GumScore(string Document, int GoldEntities, int FoundEntities, int FoundByHead, int GraphEntities, int CorrectEntities)
{
    /// <summary>Found ÷ gold (1 when there is no gold entity).</summary>
    public double Recall => GoldEntities == 0 ? 1 : (double)FoundEntities / GoldEntities;

    /// <summary>Found by head ÷ gold.</summary>
    public double HeadRecall => GoldEntities == 0 ? 1 : (double)FoundByHead / GoldEntities;

    /// <summary>Correct ÷ graph entities (1 when the graph has none).</summary>
    public double Precision => GraphEntities == 0 ? 1 : (double)CorrectEntities / GraphEntities;
}

/// <summary>The evaluation of every document, and the totals.</summary>
/// <param name="Documents">One row per document.</param>
/// <param name="Overall">The sums over all documents (micro-averaged figures).</param>
/// <param name="Missed">Gold entities the graph misses, as "document: Wikipedia title".</param>
/// <param name="Spurious">Graph entities that overlap no gold person, organisation or place, as "document: name (kind)".</param>
public sealed record GumEvaluation(IReadOnlyList<GumScore> Documents, GumScore Overall, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
{
    /// <summary>The figures as a Markdown table.</summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.AppendLine("| document | gold | found | recall | head recall | graph | correct | precision |");
        builder.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in Documents.Append(Overall))
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Document} | {row.GoldEntities} | {row.FoundEntities} | {row.Recall:0.000} | {row.HeadRecall:0.000} | {row.GraphEntities} | {row.CorrectEntities} | {row.Precision:0.000} |"));
        }

        return builder.ToString();
    }
}

/// <summary>
/// Measures extraction on GUM news documents (CoNLL-U with gold entities). Recall: of the gold
/// entities of type person, organization or place that carry a Wikipedia identity, how many the graph
/// finds (an entity of the graph has a mention overlapping one of the gold entity's mentions).
/// Precision: of the graph's entities, how many have a mention overlapping a gold person,
/// organization or place mention. Types are not compared: GUM types a country that acts as an
/// organization, where the graph says Country.
/// </summary>
public sealed class GumEvaluator
{
    private static readonly HashSet<string> s_types = new(StringComparer.Ordinal) { "person", "organization", "place" };
    private readonly ArticleExtractor _extractor;

    /// <summary>An evaluator of <paramref name="extractor"/>.</summary>
    public GumEvaluator(ArticleExtractor extractor) => _extractor = extractor;

    /// <summary>Evaluates every <c>*.conllu</c> file of <paramref name="folder"/>, in name order.</summary>
    /// <exception cref="DirectoryNotFoundException">When the folder does not exist.</exception>
    public GumEvaluation EvaluateFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the GUM folder {folder} does not exist");
        }

        var documents = Directory.GetFiles(folder, "*.conllu").Order(StringComparer.Ordinal).Select(ConlluDocument.Load).ToList();
        return Evaluate(documents);
    }

    /// <summary>Evaluates <paramref name="documents"/>.</summary>
    public GumEvaluation Evaluate(IEnumerable<ConlluDocument> documents)
    {
        var rows = new List<GumScore>();
        var missed = new List<string>();
        var spurious = new List<string>();
        foreach (var document in documents)
        {
            var graph = _extractor.Extract(new Article(document.Name, null, document.Created, document.Text));
            var ours = graph.Entities.Where(e => e.Mentions.Count > 0).ToList();
            var gold = document.Mentions.Where(m => s_types.Contains(m.Type)).ToList();
            var linked = gold.Where(m => m.Identity is not null).GroupBy(m => (m.EntityId, m.Identity)).ToList();

            var found = 0;
            var foundByHead = 0;
            foreach (var entity in linked)
            {
                var hit = entity.Any(g => ours.Any(e => e.Mentions.Any(m => m.Span.Overlaps(g.Span))));
                found += hit ? 1 : 0;
                foundByHead += entity.Any(g => ours.Any(e => e.Mentions.Any(m => m.Span.Overlaps(g.MinSpan)))) ? 1 : 0;
                if (!hit)
                {
                    missed.Add($"{document.Name}: {entity.Key.Identity}");
                }
            }

            var correct = 0;
            foreach (var entity in ours)
            {
                if (entity.Mentions.Any(m => gold.Any(g => g.Span.Overlaps(m.Span))))
                {
                    correct++;
                }
                else
                {
                    spurious.Add($"{document.Name}: {entity.Name} ({entity.Kind})");
                }
            }

            rows.Add(new GumScore(document.Name, linked.Count, found, foundByHead, ours.Count, correct));
        }

        var overall = new GumScore("overall", rows.Sum(r => r.GoldEntities), rows.Sum(r => r.FoundEntities), rows.Sum(r => r.FoundByHead), rows.Sum(r => r.GraphEntities), rows.Sum(r => r.CorrectEntities));
        return new GumEvaluation(rows, overall, missed, spurious);
    }
}
