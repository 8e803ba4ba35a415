using System.Runtime.CompilerServices;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// What the Turtle and TriG writers hold until the end of the document: every distinct term once
/// (ids from 1; graph id 0 is the default graph) and each statement as four ids, 16 bytes. The
/// written text is produced once, straight to the output, from this.
/// </summary>
internal sealed class TurtleStatementBuffer
{
    private const int InitialIdentityCacheSize = 1 << 10;
    private const int MaxIdentityCacheSize = 1 << 16;

    private readonly Dictionary<Term, int> _ids = new(FastTermComparer.Instance);
    private Term?[] _identityTerms = new Term?[InitialIdentityCacheSize];
    private int[] _identityIds = new int[InitialIdentityCacheSize];
    private int[] _statements = new int[4 * 1024];

    /// <summary>The terms, by id (index 0 unused): distinct, except that an equal literal may appear under several ids.</summary>
    public List<Term> Terms { get; } = [null!];

    /// <summary>The statements: graph, subject, predicate, object ids, four ints each.</summary>
    public ReadOnlySpan<int> Statements => _statements.AsSpan(0, StatementCount * 4);

    /// <summary>The array behind <see cref="Statements"/> (longer than it).</summary>
    public int[] StatementArray => _statements;

    public int StatementCount { get; private set; }

    public void Add(Term subject, Iri predicate, Term @object, Term? graph)
    {
        var g = graph is null ? 0 : Intern(graph);
        var s = Intern(subject);
        var p = Intern(predicate);
        var o = @object is Literal ? AddLiteral(@object) : Intern(@object);
        if ((StatementCount + 1) * 4 > _statements.Length)
        {
            Array.Resize(ref _statements, _statements.Length * 2);
        }

        var at = StatementCount * 4;
        _statements[at] = g;
        _statements[at + 1] = s;
        _statements[at + 2] = p;
        _statements[at + 3] = o;
        StatementCount++;
    }

    /// <summary>
    /// Literal objects are not looked up: each gets its own id, and the document writer drops
    /// duplicate statements by comparing the literals themselves (they are never subjects,
    /// predicates or graph names, so nothing else needs them to be unique).
    /// </summary>
    private int AddLiteral(Term literal)
    {
        var id = Terms.Count;
        Terms.Add(literal);
        return id;
    }

    /// <summary>The id of a term met in a statement.</summary>
    public bool TryGetId(Term term, out int id) => _ids.TryGetValue(term, out id);

    private int Intern(Term term)
    {
        var slot = RuntimeHelpers.GetHashCode(term) & (_identityTerms.Length - 1);
        if (ReferenceEquals(_identityTerms[slot], term))
        {
            return _identityIds[slot];
        }

        if (!_ids.TryGetValue(term, out var id))
        {
            id = Terms.Count;
            Terms.Add(term);
            _ids.Add(term, id);
            if (_ids.Count > _identityTerms.Length * 2 && _identityTerms.Length < MaxIdentityCacheSize)
            {
                // A larger document: a larger cache of recently met term objects saves hashing their text.
                _identityTerms = new Term?[_identityTerms.Length * 4];
                _identityIds = new int[_identityTerms.Length];
                slot = RuntimeHelpers.GetHashCode(term) & (_identityTerms.Length - 1);
            }
        }

        _identityTerms[slot] = term;
        _identityIds[slot] = id;
        return id;
    }
}

/// <summary>
/// Term equality with a cheap, non-randomised hash (the default string hash is randomised and
/// slower); only the writers' private tables use it, so the order of hash buckets never leaks.
/// </summary>
internal sealed class FastTermComparer : IEqualityComparer<Term>
{
    public static readonly FastTermComparer Instance = new();

    public bool Equals(Term? x, Term? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

    public int GetHashCode(Term term) => term switch
    {
        Iri iri => Hash(iri.Value),
        BlankNode blank => Hash(blank.Label) * 3,
        // Language tags compare without regard to case, so only their length enters the hash;
        // the datatype's length and last characters tell the usual datatypes apart cheaply.
        Literal literal => Hash(literal.LexicalForm) ^ DatatypeHash(literal.Datatype.Value) ^ ((literal.Language?.Length ?? 0) << 20),
        TripleTerm triple => HashCode.Combine(GetHashCode(triple.Triple.Subject), GetHashCode(triple.Triple.Predicate), GetHashCode(triple.Triple.Object)),
        _ => 0,
    };

    private static int DatatypeHash(string datatype) =>
        datatype.Length < 2 ? datatype.Length : (datatype.Length * 31) ^ datatype[^1] ^ (datatype[^2] << 8);

    private static int Hash(string text)
    {
        const ulong k = 0x9E3779B97F4A7C15UL;
        var span = text.AsSpan();
        var h = (ulong)span.Length * k;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(span);
        foreach (var w in words)
        {
            h = (h ^ w) * k;
            h ^= h >> 29;
        }

        for (var i = words.Length * 4; i < span.Length; i++)
        {
            h = (h ^ span[i]) * k;
        }

        h ^= h >> 32;
        return (int)h;
    }
}
