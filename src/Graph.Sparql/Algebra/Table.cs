using Graph.Rdf;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Algebra;

/// <summary><c>Table</c>: VALUES data, or the unit table (no variables, one empty row).</summary>
/// <param name="Variables">The variables.</param>
/// <param name="Rows">The rows, null for UNDEF.</param>
public sealed record Table(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows) : AlgebraOperator
{
    /// <summary>The unit table: one solution that binds nothing, the identity of Join.</summary>
    public static Table Unit { get; } = new([], [[]]);

    /// <summary>True for the unit table.</summary>
    public bool IsUnit => Variables.Count == 0 && Rows.Count == 1;
}
