using Graph.Rdf;
using Graph.Sparql.Algebra;
using Graph.Sparql.Functions;

namespace Graph.Sparql.Evaluation;

/// <summary>Expression evaluation (section 17): null stands for an error or an unbound value.</summary>
internal sealed partial class Evaluator
{
    private static readonly Literal s_true = Literal.Boolean(true);
    private static readonly Literal s_false = Literal.Boolean(false);
    private readonly Dictionary<string, BuiltInFunction?> _functions = new(StringComparer.Ordinal);

    /// <summary>The effective boolean value of an expression on a row, or null for an error.</summary>
    public bool? EffectiveBoolean(Expression expression, int[] row, int[] graphs) => expression switch
    {
        BinaryExpression { Operator: BinaryOperator.And } and => And(and, row, graphs),
        BinaryExpression { Operator: BinaryOperator.Or } or => Or(or, row, graphs),
        UnaryExpression { Operator: UnaryOperator.Not } not => !EffectiveBoolean(not.Operand, row, graphs),
        ExistsExpression exists => Exists(exists, row, graphs) != exists.Negated,
        BoundExpression bound => Variables.TryGetSlot(bound.Variable, out var slot) && row[slot] != 0,
        _ => Operators.EffectiveBooleanValue(EvaluateExpression(expression, row, graphs)),
    };

    public Term? EvaluateExpression(Expression expression, int[] row, int[] graphs)
    {
        switch (expression)
        {
            case VariableExpression variable:
                return Variables.TryGetSlot(variable.Name, out var slot) ? Terms.Get(row[slot]) : null;
            case ConstantExpression constant:
                return constant.Value;
            case BinaryExpression binary:
                return EvaluateBinary(binary, row, graphs);
            case UnaryExpression unary:
                var operand = unary.Operator == UnaryOperator.Not ? null : EvaluateExpression(unary.Operand, row, graphs);
                return unary.Operator switch
                {
                    UnaryOperator.Not => Boolean(!EffectiveBoolean(unary.Operand, row, graphs)),
                    UnaryOperator.Minus => Operators.Negate(operand),
                    _ => Operators.Plus(operand),
                };
            case BoundExpression bound:
                return Boolean(Variables.TryGetSlot(bound.Variable, out var boundSlot) && row[boundSlot] != 0);
            case IfExpression conditional:
                return EffectiveBoolean(conditional.Condition, row, graphs) switch
                {
                    true => EvaluateExpression(conditional.Then, row, graphs),
                    false => EvaluateExpression(conditional.Else, row, graphs),
                    null => null,
                };
            case CoalesceExpression coalesce:
                foreach (var argument in coalesce.Arguments)
                {
                    var value = EvaluateExpression(argument, row, graphs);
                    if (value is not null)
                    {
                        return value;
                    }
                }

                return null;
            case InExpression @in:
                return EvaluateIn(@in, row, graphs);
            case ExistsExpression exists:
                return Boolean(Exists(exists, row, graphs) != exists.Negated);
            case FunctionCallExpression call:
                return EvaluateCall(call, row, graphs);
            default:
                throw new QueryEvaluationException($"the expression {expression.GetType().Name} cannot be evaluated here");
        }
    }

    private static Literal? Boolean(bool? value) => value is null ? null : value.Value ? s_true : s_false;

    private bool? And(BinaryExpression and, int[] row, int[] graphs)
    {
        var left = EffectiveBoolean(and.Left, row, graphs);
        if (left == false)
        {
            return false;
        }

        var right = EffectiveBoolean(and.Right, row, graphs);
        if (right == false)
        {
            return false;
        }

        return left is null || right is null ? null : true;
    }

    private bool? Or(BinaryExpression or, int[] row, int[] graphs)
    {
        var left = EffectiveBoolean(or.Left, row, graphs);
        if (left == true)
        {
            return true;
        }

        var right = EffectiveBoolean(or.Right, row, graphs);
        if (right == true)
        {
            return true;
        }

        return left is null || right is null ? null : false;
    }

    private Term? EvaluateBinary(BinaryExpression binary, int[] row, int[] graphs)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return Boolean(And(binary, row, graphs));
            case BinaryOperator.Or:
                return Boolean(Or(binary, row, graphs));
        }

        var left = EvaluateExpression(binary.Left, row, graphs);
        var right = EvaluateExpression(binary.Right, row, graphs);
        if (left is null || right is null)
        {
            return null;
        }

        return binary.Operator switch
        {
            BinaryOperator.Equal => Boolean(Operators.ValueEquals(left, right)),
            BinaryOperator.NotEqual => Boolean(!Operators.ValueEquals(left, right)),
            BinaryOperator.Less => Boolean(Operators.CompareValues(left, right) is { } c ? c < 0 : null),
            BinaryOperator.LessOrEqual => Boolean(Operators.CompareValues(left, right) is { } c ? c <= 0 : null),
            BinaryOperator.Greater => Boolean(Operators.CompareValues(left, right) is { } c ? c > 0 : null),
            BinaryOperator.GreaterOrEqual => Boolean(Operators.CompareValues(left, right) is { } c ? c >= 0 : null),
            BinaryOperator.Add => Operators.Add(left, right),
            BinaryOperator.Subtract => Operators.Subtract(left, right),
            BinaryOperator.Multiply => Operators.Multiply(left, right),
            BinaryOperator.Divide => Operators.Divide(left, right),
            _ => null,
        };
    }

    private Term? EvaluateIn(InExpression @in, int[] row, int[] graphs)
    {
        var value = EvaluateExpression(@in.Operand, row, graphs);
        if (value is null)
        {
            return null;
        }

        var error = false;
        foreach (var candidate in @in.List)
        {
            var other = EvaluateExpression(candidate, row, graphs);
            var equal = other is null ? null : Operators.ValueEquals(value, other);
            if (equal == true)
            {
                return Boolean(!@in.Negated);
            }

            error |= equal is null;
        }

        return error ? null : Boolean(@in.Negated);
    }

    private bool Exists(ExistsExpression exists, int[] row, int[] graphs)
    {
        _existsDepth++;
        try
        {
            return Evaluate(exists.Algebra!, row, graphs).Any();
        }
        finally
        {
            _existsDepth--;
        }
    }

    private Term? EvaluateCall(FunctionCallExpression call, int[] row, int[] graphs)
    {
        if (!_functions.TryGetValue(call.Name, out var function))
        {
            function = BuiltInFunctions.TryGet(call.Name, out var found) ? found : null;
            _functions.Add(call.Name, function);
        }

        if (function is null)
        {
            return null;
        }

        var arguments = new Term?[call.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = EvaluateExpression(call.Arguments[i], row, graphs);
        }

        return function(arguments, Functions);
    }
}
