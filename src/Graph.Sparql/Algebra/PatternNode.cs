using Graph.Rdf;

namespace Graph.Sparql.Algebra;

/// <summary>A position of a triple pattern: a variable or a constant term.</summary>
public readonly record struct PatternNode
{
    private PatternNode(Term? term, string? variable)
    {
        Term = term;
        Variable = variable;
    }

    /// <summary>The constant, or null for a variable.</summary>
    public Term? Term { get; }

    /// <summary>The variable name (without <c>?</c>), or null for a constant.</summary>
    public string? Variable { get; }

    /// <summary>True for a variable.</summary>
    public bool IsVariable => Variable is not null;

    /// <summary>A variable position.</summary>
    public static PatternNode Var(string name) => new(null, name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>A constant position.</summary>
    public static PatternNode Const(Term term) => new(term ?? throw new ArgumentNullException(nameof(term)), null);

    /// <summary>True for the variables that stand for blank nodes of the query (not selectable by <c>*</c>).</summary>
    public static bool IsHiddenVariable(string name) => name.StartsWith("_:", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Variable is not null ? "?" + Variable : Term!.ToString();
}

/// <summary>A triple pattern.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="Object">The object.</param>
public sealed record TriplePattern(PatternNode Subject, PatternNode Predicate, PatternNode Object)
{
    /// <summary>The variables of the pattern.</summary>
    public IEnumerable<string> Variables
    {
        get
        {
            if (Subject.IsVariable)
            {
                yield return Subject.Variable!;
            }

            if (Predicate.IsVariable)
            {
                yield return Predicate.Variable!;
            }

            if (Object.IsVariable)
            {
                yield return Object.Variable!;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Predicate} {Object}";
}

/// <summary>A triple pattern whose predicate is a property path.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Path">The path.</param>
/// <param name="Object">The object.</param>
public sealed record PathPattern(PatternNode Subject, PropertyPath Path, PatternNode Object);
