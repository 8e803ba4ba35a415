namespace Graph.Rdf.Datasets;

/// <summary>A quad of term ids (see <see cref="TermDictionary"/>); graph 0 is the default graph.</summary>
public readonly record struct IdQuad(int Subject, int Predicate, int Object, int Graph);

/// <summary>Which graphs a pattern looks in.</summary>
public readonly record struct GraphFilter
{
    private GraphFilter(GraphFilterKind kind, Term? name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>Any graph, the default graph included.</summary>
    public static GraphFilter Any => new(GraphFilterKind.Any, null);

    /// <summary>The default graph only.</summary>
    public static GraphFilter Default => new(GraphFilterKind.Default, null);

    /// <summary>Named graphs only, any of them.</summary>
    public static GraphFilter AnyNamed => new(GraphFilterKind.AnyNamed, null);

    /// <summary>The kind of filter.</summary>
    public GraphFilterKind Kind { get; }

    /// <summary>The graph name, for <see cref="GraphFilterKind.Named"/>.</summary>
    public Term? Name { get; }

    /// <summary>One named graph.</summary>
    public static GraphFilter Named(Term name) => new(GraphFilterKind.Named, name ?? throw new ArgumentNullException(nameof(name)));
}

/// <summary>The kinds of <see cref="GraphFilter"/>.</summary>
public enum GraphFilterKind
{
    /// <summary>Any graph (the default value).</summary>
    Any,

    /// <summary>The default graph.</summary>
    Default,

    /// <summary>Any named graph.</summary>
    AnyNamed,

    /// <summary>One named graph.</summary>
    Named,
}
