using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

/// <summary>Group graph patterns, triple patterns and property paths.</summary>
internal sealed partial class SparqlParser
{
    private GroupGraphPattern ParseGroupGraphPattern()
    {
        ExpectPunctuation("{");
        if (Current.IsKeyword("SELECT"))
        {
            var saved = _blankLabelsOfCurrentBlock;
            var sub = ParseSelect(isSubQuery: true);
            _blankLabelsOfCurrentBlock = saved;
            ExpectPunctuation("}");
            return new GroupGraphPattern([new SubSelectElement(sub)]);
        }

        var elements = new List<PatternElement>();
        StartBlankNodeScope();
        while (!Current.Is("}"))
        {
            if (IsTriplesStart())
            {
                var triples = new List<object>();
                ParseTriplesBlock(triples, allowPaths: true);
                elements.Add(new TriplesElement(triples));
                continue;
            }

            var element = ParseGraphPatternNotTriples();
            if (element is not FilterElement)
            {
                StartBlankNodeScope();
            }

            elements.Add(element);
            if (Current.Is("."))
            {
                Advance();
            }
        }

        Advance();
        StartBlankNodeScope();
        return new GroupGraphPattern(elements);
    }

    private void StartBlankNodeScope()
    {
        _usedBlankLabels.UnionWith(_blankLabelsOfCurrentBlock);
        _blankLabelsOfCurrentBlock = new HashSet<string>(StringComparer.Ordinal);
    }

    private PatternElement ParseGraphPatternNotTriples()
    {
        var token = Current;
        if (token.Is("{"))
        {
            var alternatives = new List<GroupGraphPattern> { ParseGroupGraphPattern() };
            while (Current.IsKeyword("UNION"))
            {
                Advance();
                alternatives.Add(ParseGroupGraphPattern());
            }

            return new UnionElement(alternatives);
        }

        if (token.IsKeyword("OPTIONAL"))
        {
            Advance();
            return new OptionalElement(ParseGroupGraphPattern());
        }

        if (token.IsKeyword("MINUS"))
        {
            Advance();
            return new MinusElement(ParseGroupGraphPattern());
        }

        if (token.IsKeyword("GRAPH"))
        {
            Advance();
            var graph = ParseVarOrIri();
            return new GraphElement(graph, ParseGroupGraphPattern());
        }

        if (token.IsKeyword("SERVICE"))
        {
            Advance();
            var silent = false;
            if (Current.IsKeyword("SILENT"))
            {
                silent = true;
                Advance();
            }

            var endpoint = ParseVarOrIri();
            return new ServiceElement(endpoint, silent, ParseGroupGraphPattern());
        }

        if (token.IsKeyword("FILTER"))
        {
            Advance();
            return new FilterElement(ParseConstraint());
        }

        if (token.IsKeyword("BIND"))
        {
            Advance();
            ExpectPunctuation("(");
            var value = ParseExpression();
            ExpectKeyword("AS");
            var variable = Expect(TokenKind.Variable, "a variable after AS").Text;
            ExpectPunctuation(")");
            return new BindElement(value, variable);
        }

        if (token.IsKeyword("VALUES"))
        {
            Advance();
            return new ValuesElement(ParseDataBlock());
        }

        throw Unexpected("a triple pattern, '{', OPTIONAL, MINUS, GRAPH, SERVICE, FILTER, BIND, VALUES or '}'");
    }

    private PatternNode ParseVarOrIri()
    {
        if (Current.Kind == TokenKind.Variable)
        {
            return PatternNode.Var(Advance().Text);
        }

        return PatternNode.Const(ParseIri());
    }

    private bool IsTriplesStart() =>
        Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel
            or TokenKind.Anon or TokenKind.Nil or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
        || Current.Is("(") || Current.Is("[") || Current.IsKeyword("true") || Current.IsKeyword("false")
        || ((Current.Is("-") || Current.Is("+")) && PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double);

    private void ParseTriplesBlock(List<object> triples, bool allowPaths)
    {
        while (true)
        {
            ParseTriplesSameSubject(triples, allowPaths);
            if (!Current.Is("."))
            {
                if (IsTriplesStart() && !Current.Is("("))
                {
                    throw Unexpected("'.' between triple patterns");
                }

                return;
            }

            Advance();
            if (!IsTriplesStart())
            {
                return;
            }
        }
    }

    private void ParseTriplesSameSubject(List<object> triples, bool allowPaths)
    {
        if ((Current.Is("[") || Current.Is("(")) && Current.Kind == TokenKind.Punctuation)
        {
            var subject = ParseTriplesNode(triples, allowPaths);
            if (IsVerbStart())
            {
                ParsePropertyList(subject, triples, allowPaths);
            }

            return;
        }

        var node = ParseVarOrTerm();
        ParsePropertyList(node, triples, allowPaths);
    }

    private bool IsVerbStart() =>
        Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
        || (Current.Kind == TokenKind.Keyword && Current.Text == "a")
        || Current.Is("^") || Current.Is("!") || Current.Is("(");

    private void ParsePropertyList(PatternNode subject, List<object> triples, bool allowPaths)
    {
        while (true)
        {
            PatternNode? predicate = null;
            PropertyPath? path = null;
            if (Current.Kind == TokenKind.Variable)
            {
                predicate = PatternNode.Var(Advance().Text);
            }
            else
            {
                var start = Current;
                path = ParsePath();
                if (path is LinkPath link)
                {
                    predicate = PatternNode.Const(link.Predicate);
                    path = null;
                }
                else if (!allowPaths)
                {
                    throw new SparqlSyntaxException("property paths are not allowed here", start.Line, start.Column);
                }
            }

            while (true)
            {
                var @object = ParseGraphNode(triples, allowPaths);
                triples.Add(predicate is { } p ? new TriplePattern(subject, p, @object) : new PathPattern(subject, path!, @object));
                if (!Current.Is(","))
                {
                    break;
                }

                Advance();
            }

            if (!Current.Is(";"))
            {
                return;
            }

            while (Current.Is(";"))
            {
                Advance();
            }

            if (!IsVerbStart())
            {
                return;
            }
        }
    }

    private PatternNode ParseGraphNode(List<object> triples, bool allowPaths)
    {
        if ((Current.Is("[") || Current.Is("(")) && Current.Kind == TokenKind.Punctuation)
        {
            return ParseTriplesNode(triples, allowPaths);
        }

        return ParseVarOrTerm();
    }

    private PatternNode ParseTriplesNode(List<object> triples, bool allowPaths)
    {
        if (Current.Is("["))
        {
            Advance();
            var node = NewBlankNode();
            ParsePropertyList(node, triples, allowPaths);
            ExpectPunctuation("]");
            return node;
        }

        ExpectPunctuation("(");
        var items = new List<PatternNode>();
        while (!Current.Is(")"))
        {
            items.Add(ParseGraphNode(triples, allowPaths));
        }

        Advance();
        var first = PatternNode.Const(Vocab.Rdf.First);
        var rest = PatternNode.Const(Vocab.Rdf.Rest);
        var head = NewBlankNode();
        var current = head;
        for (var i = 0; i < items.Count; i++)
        {
            triples.Add(new TriplePattern(current, first, items[i]));
            var next = i == items.Count - 1 ? PatternNode.Const(Vocab.Rdf.Nil) : NewBlankNode();
            triples.Add(new TriplePattern(current, rest, next));
            current = next;
        }

        return head;
    }

    private PatternNode NewBlankNode()
    {
        if (_inTemplate)
        {
            return PatternNode.Const(new BlankNode("t" + (++_freshCounter).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return PatternNode.Var(FreshVariable());
    }

    private PatternNode ParseVarOrTerm()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Variable:
                Advance();
                return PatternNode.Var(token.Text);
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return PatternNode.Const(ParseIri());
            case TokenKind.BlankNodeLabel:
                Advance();
                if (_inTemplate)
                {
                    return PatternNode.Const(new BlankNode(token.Text));
                }

                if (_usedBlankLabels.Contains(token.Text))
                {
                    throw new SparqlSyntaxException($"the blank node label _:{token.Text} is used in another graph pattern", token.Line, token.Column);
                }

                _blankLabelsOfCurrentBlock.Add(token.Text);
                return PatternNode.Var("_:" + token.Text);
            case TokenKind.Anon:
                Advance();
                return NewBlankNode();
            case TokenKind.Nil:
                Advance();
                return PatternNode.Const(Vocab.Rdf.Nil);
        }

        return PatternNode.Const(ParseLiteral());
    }

    private Literal ParseLiteral()
    {
        var token = Current;
        if (token.Kind == TokenKind.String)
        {
            Advance();
            if (Current.Kind == TokenKind.LangTag)
            {
                return Literal.LangString(token.Text, Advance().Text);
            }

            if (Current.Is("^^"))
            {
                Advance();
                return Literal.Typed(token.Text, ParseIri());
            }

            return Literal.String(token.Text);
        }

        if (token.IsKeyword("true") || token.IsKeyword("false"))
        {
            Advance();
            return Literal.Typed(token.Text.ToLowerInvariant(), Vocab.Xsd.Boolean);
        }

        var sign = string.Empty;
        if ((token.Is("-") || token.Is("+")) && PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
            && PeekToken().Offset == token.EndOffset)
        {
            sign = token.Text;
            Advance();
            token = Current;
        }

        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return Literal.Typed(sign + token.Text, Vocab.Xsd.Integer);
            case TokenKind.Decimal:
                Advance();
                return Literal.Typed(sign + token.Text, Vocab.Xsd.Decimal);
            case TokenKind.Double:
                Advance();
                return Literal.Typed(sign + token.Text, Vocab.Xsd.Double);
        }

        throw Unexpected("a variable, an IRI, a literal or a blank node");
    }

    private PropertyPath ParsePath()
    {
        var left = ParsePathSequence();
        while (Current.Is("|"))
        {
            Advance();
            left = new AlternativePath(left, ParsePathSequence());
        }

        return left;
    }

    private PropertyPath ParsePathSequence()
    {
        var left = ParsePathEltOrInverse();
        while (Current.Is("/"))
        {
            Advance();
            left = new SequencePath(left, ParsePathEltOrInverse());
        }

        return left;
    }

    private PropertyPath ParsePathEltOrInverse()
    {
        if (Current.Is("^"))
        {
            Advance();
            return new InversePath(ParsePathElt());
        }

        return ParsePathElt();
    }

    private PropertyPath ParsePathElt()
    {
        var primary = ParsePathPrimary();
        if (Current.Is("?"))
        {
            Advance();
            return new ZeroOrOnePath(primary);
        }

        if (Current.Is("*"))
        {
            Advance();
            return new ZeroOrMorePath(primary);
        }

        // '+' right after the path is a modifier; '+5' after a space is a signed number, the object.
        var plusIsModifier = _tokens[_index - 1].EndOffset == Current.Offset
            || !(PeekToken().Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && PeekToken().Offset == Current.EndOffset);
        if (Current.Is("+") && plusIsModifier)
        {
            Advance();
            return new OneOrMorePath(primary);
        }

        return primary;
    }

    private PropertyPath ParsePathPrimary()
    {
        if (Current.Kind == TokenKind.Keyword && Current.Text == "a")
        {
            Advance();
            return new LinkPath(Vocab.Rdf.Type);
        }

        if (Current.Is("!"))
        {
            Advance();
            var forward = new List<Iri>();
            var inverse = new List<Iri>();
            if (Current.Kind == TokenKind.Nil)
            {
                Advance();
            }
            else if (Current.Is("("))
            {
                Advance();
                ParsePathOneInPropertySet(forward, inverse);
                while (Current.Is("|"))
                {
                    Advance();
                    ParsePathOneInPropertySet(forward, inverse);
                }

                ExpectPunctuation(")");
            }
            else
            {
                ParsePathOneInPropertySet(forward, inverse);
            }

            return new NegatedPropertySet(forward, inverse);
        }

        if (Current.Is("("))
        {
            Advance();
            var inner = ParsePath();
            ExpectPunctuation(")");
            return inner;
        }

        return new LinkPath(ParseIri());
    }

    private void ParsePathOneInPropertySet(List<Iri> forward, List<Iri> inverse)
    {
        var target = forward;
        if (Current.Is("^"))
        {
            Advance();
            target = inverse;
        }

        if (Current.Kind == TokenKind.Keyword && Current.Text == "a")
        {
            Advance();
            target.Add(Vocab.Rdf.Type);
            return;
        }

        target.Add(ParseIri());
    }
}
