using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>Expressions, built-in calls and aggregates.</summary>
internal sealed partial class SparqlParser
{
    // The built-in functions of the grammar with their minimum and maximum argument counts (-1: any).
    private static readonly Dictionary<string, (int Min, int Max)> s_builtIns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["IRI"] = (1, 1), ["URI"] = (1, 1),
        ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1), ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1),
        ["CONCAT"] = (0, -1), ["SUBSTR"] = (2, 3), ["STRLEN"] = (1, 1), ["REPLACE"] = (3, 4), ["UCASE"] = (1, 1), ["LCASE"] = (1, 1),
        ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2), ["STRSTARTS"] = (2, 2), ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2),
        ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1), ["MONTH"] = (1, 1), ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1),
        ["SECONDS"] = (1, 1), ["TIMEZONE"] = (1, 1), ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0),
        ["MD5"] = (1, 1), ["SHA1"] = (1, 1), ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["COALESCE"] = (0, -1),
        ["IF"] = (3, 3), ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1), ["ISURI"] = (1, 1),
        ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3), ["BOUND"] = (1, 1),
        ["TRIPLE"] = (3, 3), ["SUBJECT"] = (1, 1), ["PREDICATE"] = (1, 1), ["OBJECT"] = (1, 1), ["ISTRIPLE"] = (1, 1),
        ["LANGDIR"] = (1, 1), ["STRLANGDIR"] = (3, 3), ["HASLANG"] = (1, 1), ["HASLANGDIR"] = (1, 1),
    };

    private static readonly HashSet<string> s_aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    private static bool IsBuiltInName(string name) =>
        s_builtIns.ContainsKey(name) || s_aggregates.Contains(name)
        || name.Equals("EXISTS", StringComparison.OrdinalIgnoreCase) || name.Equals("NOT", StringComparison.OrdinalIgnoreCase);

    private Expression ParseBracketedExpression()
    {
        ExpectPunctuation("(");
        var e = ParseExpression();
        ExpectPunctuation(")");
        return e;
    }

    private Expression ParseExpression()
    {
        var left = ParseAnd();
        while (Current.Is("||"))
        {
            Advance();
            left = new BinaryExpression(BinaryOperator.Or, left, ParseAnd());
        }

        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseRelational();
        while (Current.Is("&&"))
        {
            Advance();
            left = new BinaryExpression(BinaryOperator.And, left, ParseRelational());
        }

        return left;
    }

    private Expression ParseRelational()
    {
        var left = ParseAdditive();
        BinaryOperator? op = Current.Kind != TokenKind.Punctuation ? null : Current.Text switch
        {
            "=" => BinaryOperator.Equal,
            "!=" => BinaryOperator.NotEqual,
            "<" => BinaryOperator.Less,
            "<=" => BinaryOperator.LessOrEqual,
            ">" => BinaryOperator.Greater,
            ">=" => BinaryOperator.GreaterOrEqual,
            _ => null,
        };
        if (op is { } o)
        {
            Advance();
            return new BinaryExpression(o, left, ParseAdditive());
        }

        if (Current.IsKeyword("IN"))
        {
            Advance();
            return new InExpression(left, ParseExpressionList(), false);
        }

        if (Current.IsKeyword("NOT") && PeekToken().IsKeyword("IN"))
        {
            Advance();
            Advance();
            return new InExpression(left, ParseExpressionList(), true);
        }

        return left;
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Is("+") || Current.Is("-"))
        {
            var op = Advance().Text == "+" ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = new BinaryExpression(op, left, ParseMultiplicative());
        }

        return left;
    }

    private Expression ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Is("*") || Current.Is("/"))
        {
            var op = Advance().Text == "*" ? BinaryOperator.Multiply : BinaryOperator.Divide;
            left = new BinaryExpression(op, left, ParseUnary());
        }

        return left;
    }

    private Expression ParseUnary()
    {
        if (Current.Is("!"))
        {
            Advance();
            return new UnaryExpression(UnaryOperator.Not, ParsePrimary());
        }

        if (Current.Is("-") || Current.Is("+"))
        {
            var sign = Current;
            if (PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && PeekToken().Offset == sign.EndOffset)
            {
                return new ConstantExpression(ParseLiteral());
            }

            Advance();
            return new UnaryExpression(sign.Text == "-" ? UnaryOperator.Minus : UnaryOperator.Plus, ParsePrimary());
        }

        return ParsePrimary();
    }

    private Expression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Punctuation when token.Text == "(":
                return ParseBracketedExpression();
            case TokenKind.Variable:
                Advance();
                return new VariableExpression(token.Text);
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return ParseFunctionCall(ParseIri(), requireArguments: false);
            case TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double:
                return new ConstantExpression(ParseLiteral());
            case TokenKind.Keyword when token.IsKeyword("true") || token.IsKeyword("false"):
                return new ConstantExpression(ParseLiteral());
            case TokenKind.Keyword when IsBuiltInName(token.Text):
                return ParseBuiltInCall();
        }

        throw Unexpected("an expression");
    }

    private Expression ParseFunctionCall(Iri iri, bool requireArguments)
    {
        if (Current.Kind == TokenKind.Nil)
        {
            Advance();
            return new FunctionCallExpression(iri.Value, true, []);
        }

        if (!Current.Is("("))
        {
            if (requireArguments)
            {
                throw Unexpected("'(' after the function name");
            }

            return new ConstantExpression(iri);
        }

        Advance();
        if (Current.IsKeyword("DISTINCT"))
        {
            throw Unexpected("an argument (DISTINCT is only for aggregates)");
        }

        var args = new List<Expression> { ParseExpression() };
        while (Current.Is(","))
        {
            Advance();
            args.Add(ParseExpression());
        }

        ExpectPunctuation(")");
        return new FunctionCallExpression(iri.Value, true, args);
    }

    private List<Expression> ParseExpressionList()
    {
        if (Current.Kind == TokenKind.Nil)
        {
            Advance();
            return [];
        }

        ExpectPunctuation("(");
        var list = new List<Expression> { ParseExpression() };
        while (Current.Is(","))
        {
            Advance();
            list.Add(ParseExpression());
        }

        ExpectPunctuation(")");
        return list;
    }

    private Expression ParseBuiltInCall()
    {
        var token = Advance();
        var name = token.Text.ToUpperInvariant();
        if (s_aggregates.Contains(name))
        {
            return ParseAggregate(token, name);
        }

        switch (name)
        {
            case "EXISTS":
                return new ExistsExpression(ParseGroupGraphPattern(), false);
            case "NOT":
                ExpectKeyword("EXISTS");
                return new ExistsExpression(ParseGroupGraphPattern(), true);
            case "BOUND":
                ExpectPunctuation("(");
                var variable = Expect(TokenKind.Variable, "a variable in BOUND").Text;
                ExpectPunctuation(")");
                return new BoundExpression(variable);
        }

        var args = ParseExpressionList();
        var (min, max) = s_builtIns[name];
        if (args.Count < min || (max >= 0 && args.Count > max))
        {
            throw new SparqlSyntaxException($"{name} takes {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} to {max}")} arguments, not {args.Count}", token.Line, token.Column);
        }

        return name switch
        {
            "IF" => new IfExpression(args[0], args[1], args[2]),
            "COALESCE" => new CoalesceExpression(args),
            "URI" => new FunctionCallExpression("IRI", false, args),
            "ISURI" => new FunctionCallExpression("ISIRI", false, args),
            _ => new FunctionCallExpression(name, false, args),
        };
    }

    private AggregateExpression ParseAggregate(Token token, string name)
    {
        if (!_aggregatesAllowed)
        {
            throw new SparqlSyntaxException($"the aggregate {name} is only allowed in SELECT, HAVING and ORDER BY", token.Line, token.Column);
        }

        ExpectPunctuation("(");
        var distinct = false;
        if (Current.IsKeyword("DISTINCT"))
        {
            distinct = true;
            Advance();
        }

        // No aggregate inside an aggregate.
        _aggregatesAllowed = false;
        try
        {
            if (name == "COUNT" && Current.Is("*"))
            {
                Advance();
                ExpectPunctuation(")");
                return new AggregateExpression(name, distinct, null);
            }

            var argument = ParseExpression();
            var separator = " ";
            if (name == "GROUP_CONCAT" && Current.Is(";"))
            {
                Advance();
                ExpectKeyword("SEPARATOR");
                ExpectPunctuation("=");
                separator = Expect(TokenKind.String, "a string after SEPARATOR =").Text;
            }

            ExpectPunctuation(")");
            return new AggregateExpression(name, distinct, argument, separator);
        }
        finally
        {
            _aggregatesAllowed = true;
        }
    }
}
