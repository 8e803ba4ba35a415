using Graph.Rdf;
using Graph.Sparql.Syntax;

namespace Graph.Sparql.Algebra;

/// <summary>A SPARQL expression (section 17), as parsed and as evaluated.</summary>
public abstract record Expression
{
    /// <summary>The sub-expressions, for walks over the tree.</summary>
    public abstract IEnumerable<Expression> Children { get; }

    /// <summary>Every variable mentioned, sub-expressions included (not those inside EXISTS).</summary>
    public IEnumerable<string> Variables()
    {
        if (this is VariableExpression v)
        {
            yield return v.Name;
        }
        else if (this is BoundExpression b)
        {
            yield return b.Variable;
        }

        foreach (var child in Children)
        {
            foreach (var name in child.Variables())
            {
                yield return name;
            }
        }
    }

    /// <summary>True when this expression or a sub-expression satisfies <paramref name="predicate"/>.</summary>
    public bool Any(Func<Expression, bool> predicate) => predicate(this) || Children.Any(c => c.Any(predicate));
}

/// <summary>A variable.</summary>
/// <param name="Name">The name, without <c>?</c>.</param>
public sealed record VariableExpression(string Name) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [];
}

/// <summary>A constant term.</summary>
/// <param name="Value">The term.</param>
public sealed record ConstantExpression(Term Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [];
}

/// <summary>The binary operators of expressions.</summary>
public enum BinaryOperator
{
    /// <summary><c>||</c>.</summary>
    Or,

    /// <summary><c>&amp;&amp;</c>.</summary>
    And,

    /// <summary><c>=</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>+</c>.</summary>
    Add,

    /// <summary><c>-</c>.</summary>
    Subtract,

    /// <summary><c>*</c>.</summary>
    Multiply,

    /// <summary><c>/</c>.</summary>
    Divide,
}

/// <summary>A binary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [Left, Right];
}

/// <summary>The unary operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>!</c>.</summary>
    Not,

    /// <summary>Unary <c>-</c>.</summary>
    Minus,

    /// <summary>Unary <c>+</c>.</summary>
    Plus,
}

/// <summary>A unary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [Operand];
}

/// <summary><c>x IN (…)</c> or <c>x NOT IN (…)</c>.</summary>
/// <param name="Operand">The tested value.</param>
/// <param name="List">The candidates.</param>
/// <param name="Negated">True for NOT IN.</param>
public sealed record InExpression(Expression Operand, IReadOnlyList<Expression> List, bool Negated) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [Operand, .. List];
}

/// <summary>
/// A call of a built-in function (by its upper-case keyword) or of a function named by an IRI
/// (an XSD cast or an extension function).
/// </summary>
/// <param name="Name">The upper-case keyword, or the IRI.</param>
/// <param name="IsIri">True when <paramref name="Name"/> is an IRI.</param>
/// <param name="Arguments">The arguments.</param>
public sealed record FunctionCallExpression(string Name, bool IsIri, IReadOnlyList<Expression> Arguments) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => Arguments;
}

/// <summary><c>BOUND(?v)</c>.</summary>
/// <param name="Variable">The variable.</param>
public sealed record BoundExpression(string Variable) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [];
}

/// <summary><c>IF(c, a, b)</c>.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The value when true.</param>
/// <param name="Else">The value when false.</param>
public sealed record IfExpression(Expression Condition, Expression Then, Expression Else) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [Condition, Then, Else];
}

/// <summary><c>COALESCE(…)</c>.</summary>
/// <param name="Arguments">The candidates, in order.</param>
public sealed record CoalesceExpression(IReadOnlyList<Expression> Arguments) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => Arguments;
}

/// <summary><c>EXISTS { … }</c> or <c>NOT EXISTS { … }</c>.</summary>
/// <param name="Pattern">The pattern as parsed.</param>
/// <param name="Negated">True for NOT EXISTS.</param>
public sealed record ExistsExpression(GroupGraphPattern Pattern, bool Negated) : Expression
{
    /// <summary>The pattern translated to the algebra (set by the translator).</summary>
    public AlgebraOperator? Algebra { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Expression> Children => [];
}

/// <summary>An aggregate (COUNT, SUM, MIN, MAX, AVG, SAMPLE, GROUP_CONCAT).</summary>
/// <param name="Name">The upper-case name.</param>
/// <param name="Distinct">True with DISTINCT.</param>
/// <param name="Argument">The argument, or null for <c>COUNT(*)</c>.</param>
/// <param name="Separator">The GROUP_CONCAT separator (a space by default).</param>
public sealed record AggregateExpression(string Name, bool Distinct, Expression? Argument, string Separator = " ") : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Expression> Children => Argument is null ? [] : [Argument];

    // Each aggregate of a query is a distinct occurrence: compare by reference.

    /// <inheritdoc />
    public bool Equals(AggregateExpression? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
