using Graph.Extraction.Lexicons;
using Graph.Extraction.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// The state one extraction builds up: the document, the lexicon, the mentions found so far and which
/// tokens they cover, and the posts. Each stage reads what earlier stages left and adds its own.
/// </summary>
internal sealed class ExtractionContext
{
    private readonly List<Candidate?> _byToken;
    private readonly Dictionary<int, List<Candidate>> _byFirstToken = [];
    private readonly Dictionary<string, List<LexiconEntry>> _personsByNamePart = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? _tokensByText;

    /// <summary>Starts an extraction over <paramref name="document"/>.</summary>
    public ExtractionContext(TextDocument document, Lexicon lexicon, DateOnly? published)
    {
        Document = document;
        Lexicon = lexicon;
        Published = published;
        _byToken = [.. new Candidate?[document.Tokens.Count]];
    }

    /// <summary>The text, tokens and sentences.</summary>
    public TextDocument Document { get; }

    /// <summary>What extraction knows in advance.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The publication date, which time expressions are resolved from.</summary>
    public DateOnly? Published { get; }

    /// <summary>Every mention found, in no particular order.</summary>
    public List<Candidate> Mentions { get; } = [];

    /// <summary>Tokens that a title or a pattern consumed without being a mention ("Foreign Minister").</summary>
    public HashSet<int> Consumed { get; } = [];

    /// <summary>Posts found, as (title, institution key, holder key, span).</summary>
    public List<(string Title, string? InstitutionKey, string HolderKey, TextSpan Span)> Posts { get; } = [];

    /// <summary>Names that look personal but lack evidence, as token ranges, for a second look.</summary>
    public HashSet<(int First, int Last)> Undecided { get; } = [];

    /// <summary>Gender hints of persons by key ('m', 'f').</summary>
    public Dictionary<string, char> Genders { get; } = new(StringComparer.Ordinal);

    /// <summary>Entities created during extraction (persons, generic names), by key.</summary>
    public Dictionary<string, LexiconEntry> Created { get; } = new(StringComparer.Ordinal);

    /// <summary>The top-level mention that covers token <paramref name="token"/>, or null.</summary>
    public Candidate? MentionAt(int token) => _byToken[token];

    /// <summary>True when a mention or a pattern already covers the token.</summary>
    public bool IsTaken(int token) => _byToken[token] is not null || Consumed.Contains(token);

    /// <summary>Adds a top-level mention unless it overlaps one already there; returns whether it was added.</summary>
    public bool AddMention(Candidate candidate)
    {
        for (var t = candidate.First; t <= candidate.Last; t++)
        {
            if (_byToken[t] is not null)
            {
                return false;
            }
        }

        for (var t = candidate.First; t <= candidate.Last; t++)
        {
            _byToken[t] = candidate;
        }

        Index(candidate);
        return true;
    }

    /// <summary>Adds a mention nested inside another ("Texas" in "University of Texas").</summary>
    public void AddNestedMention(Candidate candidate) => Index(candidate);

    /// <summary>Every mention (top-level or nested) that starts at token <paramref name="token"/>.</summary>
    public IReadOnlyList<Candidate> MentionsStartingAt(int token) =>
        _byFirstToken.TryGetValue(token, out var list) ? list : [];

    /// <summary>The persons found so far whose last (or second-to-last) name is <paramref name="word"/>.</summary>
    public IReadOnlyList<LexiconEntry> PersonsWithNamePart(string word) =>
        _personsByNamePart.TryGetValue(word, out var list) ? list : [];

    /// <summary>The indexes of the tokens whose text is <paramref name="text"/>.</summary>
    public IReadOnlyList<int> TokensWithText(string text)
    {
        if (_tokensByText is null)
        {
            _tokensByText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var t = 0; t < Document.Tokens.Count; t++)
            {
                if (!_tokensByText.TryGetValue(Document.Tokens[t].Text, out var positions))
                {
                    positions = [];
                    _tokensByText[Document.Tokens[t].Text] = positions;
                }

                positions.Add(t);
            }
        }

        return _tokensByText.TryGetValue(text, out var found) ? found : [];
    }

    private void Index(Candidate candidate)
    {
        Mentions.Add(candidate);
        if (!_byFirstToken.TryGetValue(candidate.First, out var list))
        {
            list = [];
            _byFirstToken[candidate.First] = list;
        }

        list.Add(candidate);
    }

    /// <summary>Registers (or finds) an entity the lexicons do not hold, such as a person.</summary>
    public LexiconEntry Create(string key, EntityKind kind, string name)
    {
        if (Lexicon.Find(key) is { } known)
        {
            return known;
        }

        if (!Created.TryGetValue(key, out var entry))
        {
            entry = new LexiconEntry(key, kind, name, null, null);
            Created[key] = entry;
            var parts = name.Split(' ');
            if (kind == EntityKind.Person && parts.Length > 1)
            {
                foreach (var part in parts.Length > 2 ? [parts[^1], parts[^2]] : new[] { parts[^1] })
                {
                    if (!_personsByNamePart.TryGetValue(part, out var persons))
                    {
                        persons = [];
                        _personsByNamePart[part] = persons;
                    }

                    persons.Add(entry);
                }
            }
        }

        return entry;
    }

    /// <summary>The candidate for tokens <paramref name="first"/>..<paramref name="last"/> naming <paramref name="entity"/>.</summary>
    public Candidate CandidateOf(int first, int last, MentionKind kind, LexiconEntry entity) =>
        new(first, last, Document.SpanOf(first, last), kind, entity);
}
