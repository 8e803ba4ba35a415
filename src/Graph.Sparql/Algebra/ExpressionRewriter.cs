namespace Graph.Sparql.Algebra;

/// <summary>Rebuilds an expression tree bottom-up, replacing the nodes a function maps.</summary>
internal static class ExpressionRewriter
{
    /// <summary>
    /// Applies <paramref name="replace"/> to every node, top-down: a non-null result replaces the node
    /// (and is not descended into); null keeps the node and rewrites its children.
    /// </summary>
    public static Expression Rewrite(Expression expression, Func<Expression, Expression?> replace)
    {
        var replaced = replace(expression);
        if (replaced is not null)
        {
            return replaced;
        }

        return expression switch
        {
            BinaryExpression b => b with { Left = Rewrite(b.Left, replace), Right = Rewrite(b.Right, replace) },
            UnaryExpression u => u with { Operand = Rewrite(u.Operand, replace) },
            InExpression i => i with { Operand = Rewrite(i.Operand, replace), List = i.List.Select(e => Rewrite(e, replace)).ToList() },
            FunctionCallExpression f => f with { Arguments = f.Arguments.Select(e => Rewrite(e, replace)).ToList() },
            IfExpression f => new IfExpression(Rewrite(f.Condition, replace), Rewrite(f.Then, replace), Rewrite(f.Else, replace)),
            CoalesceExpression c => new CoalesceExpression(c.Arguments.Select(e => Rewrite(e, replace)).ToList()),
            _ => expression,
        };
    }
}
