using Graph.Rdf;

namespace Graph.Ingestion.Mapping;

/// <summary>
/// The statements of one article, in the order they were made and each once, all in one graph;
/// statements about resources shared between articles (entities, posts) are marked as such.
/// </summary>
internal sealed class StatementBuffer(Term? graph)
{
    private readonly List<(Quad Quad, bool Shared)> _statements = [];
    private readonly HashSet<Quad> _seen = [];

    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<(Quad Quad, bool Shared)> Statements => _statements;

    /// <summary>Adds a statement that belongs to this article alone.</summary>
    public void Add(Term subject, Iri predicate, Term @object) => Add(subject, predicate, @object, shared: false);

    /// <summary>Adds a statement about a resource that other articles describe too.</summary>
    public void AddShared(Term subject, Iri predicate, Term @object) => Add(subject, predicate, @object, shared: true);

    private void Add(Term subject, Iri predicate, Term @object, bool shared)
    {
        var quad = new Quad(subject, predicate, @object, graph);
        if (_seen.Add(quad))
        {
            _statements.Add((quad, shared));
        }
    }
}
