using Graph.Extraction.Text;

namespace Graph.Extraction.Lexicons;

/// <summary>
/// Multi-word phrases looked up over a token list, longest match first. Words compare ignoring case,
/// except acronyms ("US", "WHO"), which must match exactly, and capitalised first words, which need a
/// capitalised token (so "the gulf" in lower case does not name the Gulf).
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(Token[] Words, T Value)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of phrases.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value added for a phrase wins.</summary>
    public void Add(string phrase, T value)
    {
        var words = Tokenizer.Tokenize(phrase).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0].Text, out var list))
        {
            list = [];
            _byFirstWord[words[0].Text] = list;
        }

        foreach (var (existing, _) in list)
        {
            if (existing.Length == words.Length && existing.Zip(words).All(p => p.First.Text == p.Second.Text))
            {
                return;
            }
        }

        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its value and token count.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int start, int end, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (!_byFirstWord.TryGetValue(tokens[start].Text, out var list))
        {
            return false;
        }

        foreach (var (words, candidate) in list)
        {
            if (start + words.Length > end)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                all = WordMatches(words[k], tokens[start + k], k == 0);
            }

            if (all)
            {
                value = candidate;
                length = words.Length;
                return true;
            }
        }

        return false;
    }

    private static bool WordMatches(Token word, Token token, bool first)
    {
        if (word.IsAcronym || (first && word.IsCapitalized))
        {
            return word.IsAcronym ? token.Text == word.Text : token.IsCapitalized && token.Is(word.Text);
        }

        return token.Is(word.Text) || (word.Text is "’s" or "'s" && token.Text is "’s" or "'s");
    }
}
