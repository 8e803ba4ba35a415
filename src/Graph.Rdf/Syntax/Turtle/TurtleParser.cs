using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// The grammar of Turtle and TriG (RDF 1.1 and 1.2) over <see cref="TurtleTokenizer"/>: a recursive
/// descent parser with one token of lookahead that pushes every triple into the sink as soon as it is
/// complete. Nesting of blank node property lists, collections, annotations and triple terms is
/// limited to <see cref="MaxNestingDepth"/>, so hostile input cannot overflow the stack.
/// </summary>
internal sealed partial class TurtleParser
{
    /// <summary>The deepest nesting of brackets, parentheses, annotations and triple terms accepted.</summary>
    public const int MaxNestingDepth = 256;

    private const int MaxCachedTerms = 1 << 16;
    private static readonly Iri RdfFirst = Vocab.Rdf.First;
    private static readonly Iri RdfRest = Vocab.Rdf.Rest;
    private static readonly Iri RdfNil = Vocab.Rdf.Nil;
    private static readonly Iri RdfReifies = Vocab.Rdf.Reifies;
    private static readonly Literal True = Literal.Boolean(true);
    private static readonly Literal False = Literal.Boolean(false);

    private readonly TurtleTokenizer _t;
    private readonly IRdfSink _sink;
    private readonly bool _isTriG;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly Dictionary<string, Iri> _iris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri>.AlternateLookup<ReadOnlySpan<char>> _iriLookup;
    private readonly Dictionary<string, Iri> _prefixedNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri>.AlternateLookup<ReadOnlySpan<char>> _prefixedNameLookup;
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode>.AlternateLookup<ReadOnlySpan<char>> _blankNodeLookup;
    private readonly Dictionary<string, string> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _languageLookup;
    private readonly Action<RdfSyntaxException>? _onError;
    private Iri? _base;
    private Term? _graph;
    private bool _insideGraph;
    private int _depth;
    private int _errors;

    public TurtleParser(TextReader input, IRdfSink sink, RdfReaderOptions options, bool isTriG)
    {
        _t = new TurtleTokenizer(input, options.SourceName);
        _sink = sink;
        _isTriG = isTriG;
        _base = options.BaseIri;
        _onError = options.OnSyntaxError;
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _iriLookup = _iris.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixedNameLookup = _prefixedNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _blankNodeLookup = _blankNodes.GetAlternateLookup<ReadOnlySpan<char>>();
        _languageLookup = _languages.GetAlternateLookup<ReadOnlySpan<char>>();
        if (options.InitialPrefixes is { } initial)
        {
            foreach (var (prefix, ns) in initial.Entries)
            {
                _prefixes[prefix] = ns;
            }
        }
    }

    private TurtleTokenKind Kind => _t.Kind;

    /// <summary>The most errors reported (with <see cref="RdfReaderOptions.OnSyntaxError"/>) before reading stops.</summary>
    public const int MaxReportedErrors = 100;

    /// <summary>Parses the whole document.</summary>
    public void Parse()
    {
        _sink.StartRdf();
        var started = false;
        Term? resumeGraph = null;
        var resumeInGraph = false;
        while (true)
        {
            try
            {
                if (!started)
                {
                    started = true;
                    _t.Next();
                }

                if (resumeInGraph)
                {
                    resumeInGraph = false;
                    GraphBody(resumeGraph);
                }

                if (Kind == TurtleTokenKind.EndOfInput)
                {
                    break;
                }

                Statement();
            }
            catch (RdfSyntaxException e) when (_onError is not null)
            {
                _onError(e);
                if (++_errors >= MaxReportedErrors)
                {
                    throw _t.Error($"too many errors ({MaxReportedErrors}); reading stopped");
                }

                var wasInGraph = _insideGraph;
                resumeGraph = _graph;
                Recover(stopAtCloseBrace: wasInGraph);
                resumeInGraph = wasInGraph && Kind != TurtleTokenKind.EndOfInput;
            }
        }

        _sink.EndRdf();
    }

    private void Statement()
    {
        if (TryDirective())
        {
            return;
        }

        if (_isTriG)
        {
            Block();
        }
        else
        {
            Triples();
            Expect(TurtleTokenKind.Dot, "at the end of the triples");
        }
    }

    /// <summary>
    /// After an error: skips to the end of the statement, taken to be a '.' that ends its line (or, inside
    /// a TriG graph, a '}'); a line the tokenizer cannot read is abandoned and the next line starts afresh.
    /// </summary>
    private void Recover(bool stopAtCloseBrace)
    {
        _depth = 0;
        _graph = null;
        _insideGraph = false;
        var freshLine = false;
        while (true)
        {
            try
            {
                if (freshLine)
                {
                    _t.Next();
                    return;
                }

                while (Kind != TurtleTokenKind.EndOfInput)
                {
                    if (stopAtCloseBrace && Kind == TurtleTokenKind.CloseBrace)
                    {
                        return;
                    }

                    var endsStatement = Kind == TurtleTokenKind.Dot;
                    var line = _t.Line;
                    _t.Next();
                    if (endsStatement && (Kind == TurtleTokenKind.EndOfInput || _t.Line > line))
                    {
                        return;
                    }
                }

                return;
            }
            catch (RdfSyntaxException)
            {
                _t.SkipLine();
                freshLine = true;
            }
        }
    }

    // ---- directives ----

    private bool TryDirective()
    {
        if (Kind == TurtleTokenKind.AtWord)
        {
            var word = _t.Value;
            if (word is "prefix")
            {
                _t.Next();
                PrefixDeclaration();
            }
            else if (word is "base")
            {
                _t.Next();
                BaseDeclaration();
            }
            else if (word is "version")
            {
                _t.Next();
                VersionDeclaration();
            }
            else
            {
                throw _t.Error($"unknown directive {_t.Describe()} (expected @prefix, @base or @version)");
            }

            Expect(TurtleTokenKind.Dot, "after the directive");
            return true;
        }

        if (Kind != TurtleTokenKind.Word)
        {
            return false;
        }

        var keyword = _t.Value;
        if (keyword.Equals("PREFIX", StringComparison.OrdinalIgnoreCase))
        {
            _t.Next();
            PrefixDeclaration();
            return true;
        }

        if (keyword.Equals("BASE", StringComparison.OrdinalIgnoreCase))
        {
            _t.Next();
            BaseDeclaration();
            return true;
        }

        if (keyword.Equals("VERSION", StringComparison.OrdinalIgnoreCase))
        {
            _t.Next();
            VersionDeclaration();
            return true;
        }

        return false;
    }

    private void PrefixDeclaration()
    {
        if (Kind != TurtleTokenKind.PrefixedName || _t.PrefixLength != _t.Value.Length - 1)
        {
            throw _t.Error($"expected a prefix such as 'ex:' in the prefix declaration, found {_t.Describe()}");
        }

        var prefix = _t.Value[.._t.PrefixLength].ToString();
        _t.Next();
        if (Kind != TurtleTokenKind.IriRef)
        {
            throw _t.Error($"expected the namespace IRI <…> of the prefix '{prefix}:', found {_t.Describe()}");
        }

        var ns = ReadIri();
        _prefixes[prefix] = ns.Value;
        _prefixedNames.Clear();
        _sink.HandlePrefix(prefix, ns);
    }

    private void BaseDeclaration()
    {
        if (Kind != TurtleTokenKind.IriRef)
        {
            throw _t.Error($"expected the base IRI <…>, found {_t.Describe()}");
        }

        var baseIri = ReadIri();
        _base = baseIri;
        _iris.Clear();
        _sink.HandleBase(baseIri);
    }

    private void VersionDeclaration()
    {
        if (Kind != TurtleTokenKind.String || _t.IsLongString)
        {
            throw _t.Error($"expected the version as a short quoted string such as \"1.2\", found {_t.Describe()}");
        }

        _t.Next();
    }

    // ---- statements ----

    /// <summary>TriG: a block at the top level (a graph, or triples of the default graph).</summary>
    private void Block()
    {
        switch (Kind)
        {
            case TurtleTokenKind.Word when _t.Value.Equals("GRAPH", StringComparison.OrdinalIgnoreCase):
                _t.Next();
                var label = GraphLabel();
                if (Kind != TurtleTokenKind.OpenBrace)
                {
                    throw _t.Error($"expected '{{' after the graph name, found {_t.Describe()}");
                }

                WrappedGraph(label);
                return;
            case TurtleTokenKind.OpenBrace:
                WrappedGraph(null);
                return;
            case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName or TurtleTokenKind.BlankNodeLabel:
                Term subject = Kind == TurtleTokenKind.BlankNodeLabel ? ReadBlankNode() : ReadIri();
                if (Kind == TurtleTokenKind.OpenBrace)
                {
                    WrappedGraph(subject);
                    return;
                }

                PredicateObjectList(subject);
                Expect(TurtleTokenKind.Dot, "at the end of the triples");
                return;
            case TurtleTokenKind.OpenBracket:
                _t.Next();
                var blank = BlankNode.New();
                if (Kind == TurtleTokenKind.CloseBracket)
                {
                    _t.Next();
                    if (Kind == TurtleTokenKind.OpenBrace)
                    {
                        WrappedGraph(blank);
                        return;
                    }

                    PredicateObjectList(blank);
                }
                else
                {
                    BlankNodePropertyListBody(blank);
                    if (IsVerbStart())
                    {
                        PredicateObjectList(blank);
                    }
                }

                Expect(TurtleTokenKind.Dot, "at the end of the triples");
                return;
            default:
                Triples();
                Expect(TurtleTokenKind.Dot, "at the end of the triples");
                return;
        }
    }

    private Term GraphLabel()
    {
        switch (Kind)
        {
            case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName:
                return ReadIri();
            case TurtleTokenKind.BlankNodeLabel:
                return ReadBlankNode();
            case TurtleTokenKind.OpenBracket:
                _t.Next();
                Expect(TurtleTokenKind.CloseBracket, "('[]' is the only bracket form allowed as a graph name)");
                return BlankNode.New();
            default:
                throw _t.Error($"expected a graph name (an IRI or a blank node), found {_t.Describe()}");
        }
    }

    private void WrappedGraph(Term? graph)
    {
        _t.Next(); // '{'
        GraphBody(graph);
    }

    /// <summary>The triples of a graph up to and including its '}'.</summary>
    private void GraphBody(Term? graph)
    {
        _graph = graph;
        _insideGraph = true;
        while (Kind != TurtleTokenKind.CloseBrace)
        {
            if (Kind == TurtleTokenKind.EndOfInput)
            {
                throw _t.Error("expected '}' to close the graph, found the end of the input");
            }

            Triples();
            if (Kind == TurtleTokenKind.Dot)
            {
                _t.Next();
            }
            else if (Kind != TurtleTokenKind.CloseBrace)
            {
                throw _t.Error($"expected '.' or '}}' after the triples in a graph, found {_t.Describe()}");
            }
        }

        _t.Next();
        _graph = null;
        _insideGraph = false;
    }

    /// <summary>One <c>triples</c> production: a subject and its predicate-object list.</summary>
    private void Triples()
    {
        switch (Kind)
        {
            case TurtleTokenKind.OpenBracket:
            {
                _t.Next();
                var subject = BlankNode.New();
                if (Kind == TurtleTokenKind.CloseBracket)
                {
                    _t.Next();
                    PredicateObjectList(subject);
                    return;
                }

                BlankNodePropertyListBody(subject);
                if (IsVerbStart())
                {
                    PredicateObjectList(subject);
                }

                return;
            }

            case TurtleTokenKind.ReifiedOpen:
            {
                var subject = ReifiedTriple();
                if (IsVerbStart())
                {
                    PredicateObjectList(subject);
                }

                return;
            }

            case TurtleTokenKind.OpenParen:
                PredicateObjectList(Collection());
                return;
            case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName:
                PredicateObjectList(ReadIri());
                return;
            case TurtleTokenKind.BlankNodeLabel:
                PredicateObjectList(ReadBlankNode());
                return;
            case TurtleTokenKind.TripleTermOpen:
                throw _t.Error("a triple term '<<( … )>>' cannot be a subject (use a reified triple '<< … >>')");
            default:
                throw _t.Error($"expected a subject (an IRI, a blank node, '[', '(' or '<<'), found {_t.Describe()}");
        }
    }

    private bool IsVerbStart() =>
        Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName || (Kind == TurtleTokenKind.Word && _t.Value is "a");

    private void PredicateObjectList(Term subject)
    {
        var predicate = Verb();
        ObjectList(subject, predicate);
        while (Kind == TurtleTokenKind.Semicolon)
        {
            _t.Next();
            if (IsVerbStart())
            {
                predicate = Verb();
                ObjectList(subject, predicate);
            }
        }
    }

    private Iri Verb()
    {
        if (Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName)
        {
            return ReadIri();
        }

        if (Kind == TurtleTokenKind.Word && _t.Value is "a")
        {
            _t.Next();
            return Vocab.Rdf.Type;
        }

        throw _t.Error($"expected a predicate (an IRI or 'a'), found {_t.Describe()}");
    }

    private void ObjectList(Term subject, Iri predicate)
    {
        while (true)
        {
            var @object = Object();
            Emit(subject, predicate, @object);
            if (Kind is TurtleTokenKind.Tilde or TurtleTokenKind.AnnotationOpen)
            {
                Annotation(subject, predicate, @object);
            }

            if (Kind != TurtleTokenKind.Comma)
            {
                return;
            }

            _t.Next();
        }
    }

    private Term Object()
    {
        switch (Kind)
        {
            case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName:
                return ReadIri();
            case TurtleTokenKind.BlankNodeLabel:
                return ReadBlankNode();
            case TurtleTokenKind.OpenBracket:
            {
                _t.Next();
                var blank = BlankNode.New();
                if (Kind == TurtleTokenKind.CloseBracket)
                {
                    _t.Next();
                    return blank;
                }

                BlankNodePropertyListBody(blank);
                return blank;
            }

            case TurtleTokenKind.OpenParen:
                return Collection();
            case TurtleTokenKind.TripleTermOpen:
                return TripleTerm();
            case TurtleTokenKind.ReifiedOpen:
                return ReifiedTriple();
            default:
                return TryLiteral() ?? throw _t.Error($"expected an object (an IRI, a blank node, a literal, '[', '(', '<<' or '<<('), found {_t.Describe()}");
        }
    }

    /// <summary>The inside of <c>[ … ]</c> once '[' is consumed and it is not empty.</summary>
    private void BlankNodePropertyListBody(BlankNode subject)
    {
        Enter();
        PredicateObjectList(subject);
        Expect(TurtleTokenKind.CloseBracket, "to close the blank node property list");
        Leave();
    }

    private Term Collection()
    {
        Enter();
        _t.Next(); // '('
        if (Kind == TurtleTokenKind.CloseParen)
        {
            _t.Next();
            Leave();
            return RdfNil;
        }

        var head = BlankNode.New();
        var node = head;
        while (true)
        {
            if (Kind == TurtleTokenKind.EndOfInput)
            {
                throw _t.Error("expected ')' to close the collection, found the end of the input");
            }

            Emit(node, RdfFirst, Object());
            if (Kind == TurtleTokenKind.CloseParen)
            {
                _t.Next();
                Emit(node, RdfRest, RdfNil);
                Leave();
                return head;
            }

            var next = BlankNode.New();
            Emit(node, RdfRest, next);
            node = next;
        }
    }

    private void Emit(Term subject, Iri predicate, Term @object)
    {
        if (_graph is null)
        {
            _sink.HandleTriple(new Triple(subject, predicate, @object));
        }
        else
        {
            _sink.HandleQuad(new Quad(subject, predicate, @object, _graph));
        }
    }

    private void Enter()
    {
        if (++_depth > MaxNestingDepth)
        {
            throw _t.Error($"nesting deeper than {MaxNestingDepth} levels of '[', '(', '<<' or '{{|' is not accepted");
        }
    }

    private void Leave() => _depth--;

    private void Expect(TurtleTokenKind kind, string context)
    {
        if (Kind != kind)
        {
            throw _t.Error($"expected '{TurtleTokenizer.Punctuation(kind)}' {context}, found {_t.Describe()}");
        }

        _t.Next();
    }
}
