using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>
/// A recursive-descent parser of the SPARQL 1.1 query grammar (section 19.8). This file holds the
/// query structure; patterns and expressions are in the partial files beside it.
/// </summary>
internal sealed partial class SparqlParser
{
    private readonly List<Token> _tokens;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Namespace)> _prefixList = [];
    private readonly HashSet<string> _usedBlankLabels = new(StringComparer.Ordinal);
    private HashSet<string> _blankLabelsOfCurrentBlock = new(StringComparer.Ordinal);
    private Iri? _base;
    private int _index;
    private int _freshCounter;
    private bool _inTemplate;
    private bool _aggregatesAllowed;

    public SparqlParser(string text, Iri? baseIri)
    {
        _tokens = new SparqlTokenizer(text).Tokenize();
        _base = baseIri;
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    public SparqlQuery ParseQuery()
    {
        ParsePrologue();
        SparqlQuery query;
        if (Current.IsKeyword("SELECT"))
        {
            query = ParseSelect(isSubQuery: false);
        }
        else if (Current.IsKeyword("CONSTRUCT"))
        {
            query = ParseConstruct();
        }
        else if (Current.IsKeyword("ASK"))
        {
            Advance();
            var (from, named) = ParseDatasetClauses();
            var where = ParseWhereClause(required: true)!;
            query = ParseSolutionModifiers(new SparqlQuery { Form = QueryForm.Ask, From = from, FromNamed = named, Where = where });
        }
        else if (Current.IsKeyword("DESCRIBE"))
        {
            query = ParseDescribe();
        }
        else
        {
            throw Unexpected("SELECT, CONSTRUCT, ASK or DESCRIBE");
        }

        if (Current.IsKeyword("VALUES"))
        {
            Advance();
            query = query with { Values = ParseDataBlock() };
        }

        if (Current.Kind != TokenKind.End)
        {
            throw Unexpected("the end of the query");
        }

        query = query with { BaseIri = _base, Prefixes = _prefixList };
        QueryValidator.Validate(query);
        return query;
    }

    private void ParsePrologue()
    {
        while (true)
        {
            if (Current.IsKeyword("BASE"))
            {
                Advance();
                var token = Expect(TokenKind.IriRef, "an IRI after BASE");
                _base = ResolveIri(token);
            }
            else if (Current.IsKeyword("PREFIX"))
            {
                Advance();
                var token = Current;
                if (token.Kind != TokenKind.PrefixedName || token.Text.Length > 0)
                {
                    throw Unexpected("a prefix name such as 'ex:' after PREFIX");
                }

                Advance();
                var ns = Expect(TokenKind.IriRef, "an IRI after the prefix name");
                var value = ResolveIri(ns).Value;
                _prefixes[token.Prefix!] = value;
                _prefixList.RemoveAll(p => p.Prefix == token.Prefix);
                _prefixList.Add((token.Prefix!, value));
            }
            else
            {
                return;
            }
        }
    }

    private SparqlQuery ParseSelect(bool isSubQuery)
    {
        Advance();
        var distinct = false;
        var reduced = false;
        if (Current.IsKeyword("DISTINCT"))
        {
            distinct = true;
            Advance();
        }
        else if (Current.IsKeyword("REDUCED"))
        {
            reduced = true;
            Advance();
        }

        var items = new List<SelectItem>();
        var all = false;
        if (Current.Is("*"))
        {
            all = true;
            Advance();
        }
        else
        {
            while (true)
            {
                if (Current.Kind == TokenKind.Variable)
                {
                    items.Add(new SelectItem(Current.Text, null));
                    Advance();
                }
                else if (Current.Is("("))
                {
                    Advance();
                    _aggregatesAllowed = true;
                    var value = ParseExpression();
                    _aggregatesAllowed = false;
                    ExpectKeyword("AS");
                    var variable = Expect(TokenKind.Variable, "a variable after AS").Text;
                    ExpectPunctuation(")");
                    items.Add(new SelectItem(variable, value));
                }
                else
                {
                    break;
                }
            }

            if (items.Count == 0)
            {
                throw Unexpected("'*', a variable or '(expression AS ?var)' after SELECT");
            }
        }

        var (from, named) = isSubQuery ? ([], []) : ParseDatasetClauses();
        var where = ParseWhereClause(required: true)!;
        var query = new SparqlQuery
        {
            Form = QueryForm.Select, Distinct = distinct, Reduced = reduced, SelectAll = all, Projection = items,
            From = from, FromNamed = named, Where = where,
        };
        query = ParseSolutionModifiers(query);
        if (isSubQuery && Current.IsKeyword("VALUES"))
        {
            Advance();
            query = query with { Values = ParseDataBlock() };
        }

        return query;
    }

    private SparqlQuery ParseConstruct()
    {
        Advance();
        if (Current.Is("{"))
        {
            var template = ParseConstructTemplate();
            var (from, named) = ParseDatasetClauses();
            var where = ParseWhereClause(required: true)!;
            return ParseSolutionModifiers(new SparqlQuery { Form = QueryForm.Construct, Template = template, From = from, FromNamed = named, Where = where });
        }

        // CONSTRUCT WHERE { triples }: the pattern is also the template.
        var (from2, named2) = ParseDatasetClauses();
        ExpectKeyword("WHERE");
        var open = Current;
        ExpectPunctuation("{");
        var triples = new List<object>();
        if (!Current.Is("}"))
        {
            ParseTriplesBlock(triples, allowPaths: false);
        }

        ExpectPunctuation("}");
        var patterns = triples.Cast<TriplePattern>().ToList();
        if (triples.Any(t => t is not TriplePattern))
        {
            throw new SparqlSyntaxException("CONSTRUCT WHERE allows only simple triple patterns", open.Line, open.Column);
        }

        var whereGroup = new GroupGraphPattern(patterns.Count == 0 ? [] : [new TriplesElement(triples)]);
        var templateFromWhere = patterns.Select(ToTemplateTriple).ToList();
        return ParseSolutionModifiers(new SparqlQuery { Form = QueryForm.Construct, Template = templateFromWhere, From = from2, FromNamed = named2, Where = whereGroup });
    }

    private static TriplePattern ToTemplateTriple(TriplePattern t)
    {
        static PatternNode Convert(PatternNode n) =>
            n.IsVariable && PatternNode.IsHiddenVariable(n.Variable!) ? PatternNode.Const(new BlankNode(n.Variable![2..])) : n;
        return new TriplePattern(Convert(t.Subject), Convert(t.Predicate), Convert(t.Object));
    }

    private List<TriplePattern> ParseConstructTemplate()
    {
        ExpectPunctuation("{");
        var triples = new List<object>();
        _inTemplate = true;
        if (!Current.Is("}"))
        {
            ParseTriplesBlock(triples, allowPaths: false);
        }

        _inTemplate = false;
        ExpectPunctuation("}");
        return triples.Cast<TriplePattern>().ToList();
    }

    private SparqlQuery ParseDescribe()
    {
        Advance();
        var targets = new List<PatternNode>();
        var all = false;
        if (Current.Is("*"))
        {
            all = true;
            Advance();
        }
        else
        {
            while (Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName)
            {
                targets.Add(Current.Kind == TokenKind.Variable ? PatternNode.Var(Advance().Text) : PatternNode.Const(ParseIri()));
            }

            if (targets.Count == 0)
            {
                throw Unexpected("'*', a variable or an IRI after DESCRIBE");
            }
        }

        var (from, named) = ParseDatasetClauses();
        var where = ParseWhereClause(required: false);
        return ParseSolutionModifiers(new SparqlQuery
        {
            Form = QueryForm.Describe, SelectAll = all, DescribeTargets = targets, From = from, FromNamed = named, Where = where,
        });
    }

    private (List<Iri> From, List<Iri> Named) ParseDatasetClauses()
    {
        var from = new List<Iri>();
        var named = new List<Iri>();
        while (Current.IsKeyword("FROM"))
        {
            Advance();
            if (Current.IsKeyword("NAMED"))
            {
                Advance();
                named.Add(ParseIri());
            }
            else
            {
                from.Add(ParseIri());
            }
        }

        return (from, named);
    }

    private GroupGraphPattern? ParseWhereClause(bool required)
    {
        if (Current.IsKeyword("WHERE"))
        {
            Advance();
            return ParseGroupGraphPattern();
        }

        if (Current.Is("{") || required)
        {
            return ParseGroupGraphPattern();
        }

        return null;
    }

    private SparqlQuery ParseSolutionModifiers(SparqlQuery query)
    {
        if (Current.IsKeyword("GROUP"))
        {
            Advance();
            ExpectKeyword("BY");
            var conditions = new List<GroupCondition>();
            do
            {
                conditions.Add(ParseGroupCondition());
            }
            while (IsConstraintStart() || Current.Kind == TokenKind.Variable);
            query = query with { GroupBy = conditions };
        }

        if (Current.IsKeyword("HAVING"))
        {
            Advance();
            var having = new List<Expression>();
            _aggregatesAllowed = true;
            do
            {
                having.Add(ParseConstraint());
            }
            while (IsConstraintStart());
            _aggregatesAllowed = false;
            query = query with { Having = having };
        }

        if (Current.IsKeyword("ORDER"))
        {
            Advance();
            ExpectKeyword("BY");
            var order = new List<OrderCondition>();
            _aggregatesAllowed = true;
            do
            {
                if (Current.IsKeyword("ASC") || Current.IsKeyword("DESC"))
                {
                    var descending = Current.IsKeyword("DESC");
                    Advance();
                    if (!Current.Is("("))
                    {
                        throw Unexpected("'(' after ASC or DESC");
                    }

                    order.Add(new OrderCondition(ParseBracketedExpression(), descending));
                }
                else if (Current.Kind == TokenKind.Variable)
                {
                    order.Add(new OrderCondition(new VariableExpression(Current.Text), false));
                    Advance();
                }
                else
                {
                    order.Add(new OrderCondition(ParseConstraint(), false));
                }
            }
            while (IsConstraintStart() || Current.Kind == TokenKind.Variable || Current.IsKeyword("ASC") || Current.IsKeyword("DESC"));
            _aggregatesAllowed = false;
            query = query with { OrderBy = order };
        }

        for (var i = 0; i < 2; i++)
        {
            if (Current.IsKeyword("LIMIT") && query.Limit is null)
            {
                Advance();
                query = query with { Limit = ParseCount() };
            }
            else if (Current.IsKeyword("OFFSET") && query.Offset is null)
            {
                Advance();
                query = query with { Offset = ParseCount() };
            }
        }

        return query;
    }

    private long ParseCount()
    {
        var token = Expect(TokenKind.Integer, "a non-negative integer");
        if (!long.TryParse(token.Text, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            throw new SparqlSyntaxException($"the number {token.Text} is too large", token.Line, token.Column);
        }

        return value;
    }

    private GroupCondition ParseGroupCondition()
    {
        if (Current.Kind == TokenKind.Variable)
        {
            var name = Current.Text;
            Advance();
            return new GroupCondition(new VariableExpression(name), null);
        }

        if (Current.Is("("))
        {
            Advance();
            var value = ParseExpression();
            string? variable = null;
            if (Current.IsKeyword("AS"))
            {
                Advance();
                variable = Expect(TokenKind.Variable, "a variable after AS").Text;
            }

            ExpectPunctuation(")");
            return new GroupCondition(value, variable);
        }

        return new GroupCondition(ParseConstraint(), null);
    }

    private bool IsConstraintStart() =>
        Current.Is("(") || Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName
        || (Current.Kind == TokenKind.Keyword && IsBuiltInName(Current.Text));

    private Expression ParseConstraint()
    {
        if (Current.Is("("))
        {
            return ParseBracketedExpression();
        }

        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            var iri = ParseIri();
            return ParseFunctionCall(iri, requireArguments: true);
        }

        if (Current.Kind == TokenKind.Keyword && IsBuiltInName(Current.Text))
        {
            return ParseBuiltInCall();
        }

        throw Unexpected("a bracketed expression or a function call");
    }

    private InlineData ParseDataBlock()
    {
        var variables = new List<string>();
        var rows = new List<Term?[]>();
        if (Current.Kind == TokenKind.Variable)
        {
            variables.Add(Current.Text);
            Advance();
            ExpectPunctuation("{");
            while (!Current.Is("}"))
            {
                rows.Add([ParseDataValue()]);
            }

            Advance();
            return new InlineData(variables, rows);
        }

        if (Current.Kind == TokenKind.Nil)
        {
            Advance();
        }
        else
        {
            ExpectPunctuation("(");
            while (Current.Kind == TokenKind.Variable)
            {
                variables.Add(Current.Text);
                Advance();
            }

            ExpectPunctuation(")");
        }

        ExpectPunctuation("{");
        while (!Current.Is("}"))
        {
            var start = Current;
            var row = new Term?[variables.Count];
            if (Current.Kind == TokenKind.Nil)
            {
                Advance();
            }
            else
            {
                ExpectPunctuation("(");
                var i = 0;
                while (!Current.Is(")"))
                {
                    var value = ParseDataValue();
                    if (i >= row.Length)
                    {
                        throw new SparqlSyntaxException($"this VALUES row has more values than the {variables.Count} variables", start.Line, start.Column);
                    }

                    row[i++] = value;
                }

                Advance();
                if (i != row.Length)
                {
                    throw new SparqlSyntaxException($"this VALUES row has {i} values for {variables.Count} variables", start.Line, start.Column);
                }
            }

            if (variables.Count > 0 && start.Kind == TokenKind.Nil)
            {
                throw new SparqlSyntaxException($"this VALUES row has no values for {variables.Count} variables", start.Line, start.Column);
            }

            rows.Add(row);
        }

        Advance();
        return new InlineData(variables, rows);
    }

    private Term? ParseDataValue()
    {
        if (Current.IsKeyword("UNDEF"))
        {
            Advance();
            return null;
        }

        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            return ParseIri();
        }

        if (Current.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
            || Current.IsKeyword("true") || Current.IsKeyword("false") || Current.Is("-") || Current.Is("+"))
        {
            return ParseLiteral();
        }

        throw Unexpected("an IRI, a literal or UNDEF in VALUES");
    }

    private Iri ParseIri()
    {
        var token = Current;
        if (token.Kind == TokenKind.IriRef)
        {
            Advance();
            return ResolveIri(token);
        }

        if (token.Kind == TokenKind.PrefixedName)
        {
            Advance();
            if (!_prefixes.TryGetValue(token.Prefix!, out var ns))
            {
                throw new SparqlSyntaxException($"the prefix '{token.Prefix}:' is not declared", token.Line, token.Column);
            }

            return MakeIri(ns + token.Text, token);
        }

        throw Unexpected("an IRI");
    }

    private Iri ResolveIri(Token token)
    {
        if (Iri.TryParse(token.Text, out var iri, out _))
        {
            return iri!;
        }

        if (_base is null)
        {
            // Without a base, keep the relative reference as written rather than reject the query.
            return Iri.FromTrusted(token.Text);
        }

        try
        {
            return _base.Resolve(token.Text);
        }
        catch (IriFormatException e)
        {
            throw new SparqlSyntaxException(e.Message, token.Line, token.Column);
        }
    }

    private static Iri MakeIri(string text, Token token) =>
        Iri.TryParse(text, out var iri, out _) ? iri! : Iri.FromTrusted(text);

    private Token Advance()
    {
        var token = Current;
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(what);
        }

        return Advance();
    }

    private void ExpectPunctuation(string text)
    {
        if (!Current.Is(text))
        {
            throw Unexpected("'" + text + "'");
        }

        Advance();
    }

    private void ExpectKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            throw Unexpected(keyword);
        }

        Advance();
    }

    private SparqlSyntaxException Unexpected(string expected) =>
        new($"expected {expected} but found {Current}", Current.Line, Current.Column);

    private string FreshVariable() => "_:anon" + (++_freshCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Iri XsdType(string local) => Iri.FromTrusted(Vocab.Xsd.Namespace + local);
}
