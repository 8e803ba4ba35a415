using Graph.Extraction.Model;
using Graph.Rdf;

namespace Graph.Ingestion.Mapping;

/// <summary>
/// Cross-article entity resolution: the entities and posts seen so far, by IRI. The first name an
/// entity is given is its canonical name in every later article; other names become aliases. It also
/// remembers the statements about shared resources already written to the default graph, so a
/// merged graph states each once.
/// </summary>
public sealed class EntityRegistry
{
    private readonly Dictionary<Iri, string> _canonicalNames = [];
    private readonly HashSet<Quad> _sharedStatements = [];

    /// <summary>The number of distinct entities seen.</summary>
    public int EntityCount => _canonicalNames.Count;

    /// <summary>
    /// Registers <paramref name="entity"/> under <paramref name="iri"/> and returns its canonical name:
    /// the name it was first registered with.
    /// </summary>
    public string Resolve(Iri iri, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(iri);
        ArgumentNullException.ThrowIfNull(entity);
        if (_canonicalNames.TryGetValue(iri, out var name))
        {
            return name;
        }

        _canonicalNames.Add(iri, entity.Name);
        return entity.Name;
    }

    /// <summary>True the first time a statement about a shared resource is offered; false after.</summary>
    internal bool IsNewSharedStatement(in Quad quad) => _sharedStatements.Add(quad);
}
