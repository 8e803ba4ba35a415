using System.Runtime.CompilerServices;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// What the Turtle and TriG writers hold until the end of the document: every distinct term once
/// (ids from 1; graph id 0 is the default graph) and each statement as four ids, 16 bytes. The
/// written text is produced once, straight to the output, from this.
/// </summary>
internal sealed class TurtleStatementBuffer
{
    private const int IdentityCacheSize = 1 << 12;

    private readonly Dictionary<Term, int> _ids = [];
    private readonly Term?[] _identityTerms = new Term?[IdentityCacheSize];
    private readonly int[] _identityIds = new int[IdentityCacheSize];
    private int[] _statements = new int[4 * 1024];

    /// <summary>The distinct terms, by id (index 0 unused).</summary>
    public List<Term> Terms { get; } = [null!];

    /// <summary>The statements: graph, subject, predicate, object ids, four ints each.</summary>
    public ReadOnlySpan<int> Statements => _statements.AsSpan(0, StatementCount * 4);

    public int StatementCount { get; private set; }

    public void Add(Term subject, Iri predicate, Term @object, Term? graph)
    {
        var g = graph is null ? 0 : Intern(graph);
        var s = Intern(subject);
        var p = Intern(predicate);
        var o = Intern(@object);
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

    /// <summary>The id of a term met in a statement.</summary>
    public bool TryGetId(Term term, out int id) => _ids.TryGetValue(term, out id);

    private int Intern(Term term)
    {
        var slot = RuntimeHelpers.GetHashCode(term) & (IdentityCacheSize - 1);
        if (ReferenceEquals(_identityTerms[slot], term))
        {
            return _identityIds[slot];
        }

        if (!_ids.TryGetValue(term, out var id))
        {
            id = Terms.Count;
            Terms.Add(term);
            _ids.Add(term, id);
        }

        _identityTerms[slot] = term;
        _identityIds[slot] = id;
        return id;
    }
}
