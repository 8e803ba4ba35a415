using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>Terms: IRIs, blank nodes, literals, and the RDF 1.2 triple terms, reified triples and annotations.</summary>
internal sealed partial class TurtleParser
{
    /// <summary>Reads an IRIREF or a prefixed name; IRIs already seen come from a cache, so repeats allocate nothing.</summary>
    private Iri ReadIri()
    {
        var value = _t.Value;
        Iri? iri;
        if (Kind == TurtleTokenKind.IriRef)
        {
            if (!_iriLookup.TryGetValue(value, out iri))
            {
                var text = value.ToString();
                iri = Resolve(text);
                Remember(_iris, text, iri);
            }
        }
        else if (!_prefixedNameLookup.TryGetValue(value, out iri))
        {
            var prefixLength = _t.PrefixLength;
            if (!_prefixLookup.TryGetValue(value[..prefixLength], out var ns))
            {
                throw _t.Error($"the prefix '{value[..prefixLength]}:' is not declared");
            }

            var text = value.ToString();
            iri = Iri.FromTrusted(string.Concat(ns, value[(prefixLength + 1)..]));
            Remember(_prefixedNames, text, iri);
        }

        _t.Next();
        return iri;
    }

    private Iri Resolve(string reference)
    {
        try
        {
            if (IriSyntax.SchemeLength(reference) > 0)
            {
                return Iri.Parse(reference);
            }

            if (_base is null)
            {
                throw _t.Error($"the relative IRI <{reference}> cannot be resolved: no base IRI is set (use @base or --base)");
            }

            return _base.Resolve(reference);
        }
        catch (IriFormatException e)
        {
            throw _t.Error(e.Message);
        }
    }

    private static void Remember<T>(Dictionary<string, T> cache, string key, T value)
    {
        if (cache.Count >= MaxCachedTerms)
        {
            cache.Clear();
        }

        cache[key] = value;
    }

    private BlankNode ReadBlankNode()
    {
        var label = _t.Value;
        if (!_blankNodeLookup.TryGetValue(label, out var blank))
        {
            blank = BlankNode.New();
            _blankNodes[label.ToString()] = blank;
        }

        _t.Next();
        return blank;
    }

    /// <summary>A literal (string, number or boolean) at the current token, or null when there is none.</summary>
    private Literal? TryLiteral()
    {
        switch (Kind)
        {
            case TurtleTokenKind.String:
                return StringLiteral();
            case TurtleTokenKind.Integer:
                return Number(Vocab.Xsd.Integer);
            case TurtleTokenKind.Decimal:
                return Number(Vocab.Xsd.Decimal);
            case TurtleTokenKind.Double:
                return Number(Vocab.Xsd.Double);
            case TurtleTokenKind.Word when _t.Value is "true":
                _t.Next();
                return True;
            case TurtleTokenKind.Word when _t.Value is "false":
                _t.Next();
                return False;
            default:
                return null;
        }
    }

    private Literal Number(Iri datatype)
    {
        var literal = new Literal(_t.Value.ToString(), datatype);
        _t.Next();
        return literal;
    }

    private Literal StringLiteral()
    {
        var lexical = _t.Value.ToString();
        _t.Next();
        if (Kind == TurtleTokenKind.AtWord)
        {
            var (language, direction) = LanguageTag();
            _t.Next();
            return new Literal(lexical, direction is null ? Vocab.Rdf.LangString : Vocab.Rdf.DirLangString, language, direction);
        }

        if (Kind == TurtleTokenKind.DoubleCaret)
        {
            _t.Next();
            if (Kind is not (TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName))
            {
                throw _t.Error($"expected a datatype IRI after '^^', found {_t.Describe()}");
            }

            return new Literal(lexical, ReadIri());
        }

        return Literal.String(lexical);
    }

    /// <summary>Checks <c>@lang</c> or <c>@lang--dir</c> at the current token.</summary>
    private (string Language, string? Direction) LanguageTag()
    {
        var tag = _t.Value;
        var separator = tag.IndexOf("--", StringComparison.Ordinal);
        var language = separator < 0 ? tag : tag[..separator];
        string? direction = null;
        if (separator >= 0)
        {
            var dir = tag[(separator + 2)..];
            direction = dir is "ltr" ? "ltr" : dir is "rtl" ? "rtl"
                : throw _t.Error($"the base direction '{dir}' is not 'ltr' or 'rtl'");
        }

        if (!IsWellFormedLanguage(language))
        {
            throw _t.Error($"'{language}' is not a language tag (letters, then '-' and letters or digits)");
        }

        if (!_languageLookup.TryGetValue(language, out var cached))
        {
            cached = language.ToString();
            Remember(_languages, cached, cached);
        }

        return (cached, direction);
    }

    private static bool IsWellFormedLanguage(ReadOnlySpan<char> language)
    {
        var i = 0;
        while (i < language.Length && char.IsAsciiLetter(language[i]))
        {
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        while (i < language.Length)
        {
            if (language[i] != '-')
            {
                return false;
            }

            var start = ++i;
            while (i < language.Length && char.IsAsciiLetterOrDigit(language[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return true;
    }

    // ---- RDF 1.2 ----

    /// <summary><c>&lt;&lt;( s p o )&gt;&gt;</c>: a triple term, which asserts nothing.</summary>
    private TripleTerm TripleTerm()
    {
        Enter();
        _t.Next(); // '<<('
        Term subject = Kind switch
        {
            TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName => ReadIri(),
            TurtleTokenKind.BlankNodeLabel => ReadBlankNode(),
            TurtleTokenKind.OpenBracket => Anonymous(),
            _ => throw _t.Error($"expected the subject of a triple term (an IRI or a blank node), found {_t.Describe()}"),
        };
        var predicate = Verb();
        Term @object = Kind switch
        {
            TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName => ReadIri(),
            TurtleTokenKind.BlankNodeLabel => ReadBlankNode(),
            TurtleTokenKind.OpenBracket => Anonymous(),
            TurtleTokenKind.TripleTermOpen => TripleTerm(),
            _ => TryLiteral() ?? throw _t.Error($"expected the object of a triple term (an IRI, a blank node, a literal or '<<('), found {_t.Describe()}"),
        };
        Expect(TurtleTokenKind.TripleTermClose, "to close the triple term");
        Leave();
        return new TripleTerm(new Triple(subject, predicate, @object));
    }

    /// <summary><c>&lt;&lt; s p o ~r &gt;&gt;</c>: the reifier <c>r</c> (or a fresh blank node) <c>rdf:reifies</c> the triple term.</summary>
    private Term ReifiedTriple()
    {
        Enter();
        _t.Next(); // '<<'
        Term subject = Kind switch
        {
            TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName => ReadIri(),
            TurtleTokenKind.BlankNodeLabel => ReadBlankNode(),
            TurtleTokenKind.OpenBracket => Anonymous(),
            TurtleTokenKind.ReifiedOpen => ReifiedTriple(),
            _ => throw _t.Error($"expected the subject of a reified triple (an IRI, a blank node or '<<'), found {_t.Describe()}"),
        };
        var predicate = Verb();
        Term @object = Kind switch
        {
            TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName => ReadIri(),
            TurtleTokenKind.BlankNodeLabel => ReadBlankNode(),
            TurtleTokenKind.OpenBracket => Anonymous(),
            TurtleTokenKind.TripleTermOpen => TripleTerm(),
            TurtleTokenKind.ReifiedOpen => ReifiedTriple(),
            _ => TryLiteral() ?? throw _t.Error($"expected the object of a reified triple (an IRI, a blank node, a literal, '<<' or '<<('), found {_t.Describe()}"),
        };
        Term reifier;
        if (Kind == TurtleTokenKind.Tilde)
        {
            _t.Next();
            reifier = OptionalReifierName() ?? BlankNode.New();
        }
        else
        {
            reifier = BlankNode.New();
        }

        Expect(TurtleTokenKind.ReifiedClose, "to close the reified triple");
        Emit(reifier, RdfReifies, new TripleTerm(new Triple(subject, predicate, @object)));
        Leave();
        return reifier;
    }

    /// <summary>After an object: any number of <c>~ reifier</c> and <c>{| … |}</c> annotation blocks.</summary>
    private void Annotation(Term subject, Iri predicate, Term @object)
    {
        Enter();
        TripleTerm? tripleTerm = null;
        Term? pendingReifier = null;
        while (true)
        {
            if (Kind == TurtleTokenKind.Tilde)
            {
                _t.Next();
                pendingReifier = OptionalReifierName() ?? BlankNode.New();
                tripleTerm ??= new TripleTerm(new Triple(subject, predicate, @object));
                Emit(pendingReifier, RdfReifies, tripleTerm);
            }
            else if (Kind == TurtleTokenKind.AnnotationOpen)
            {
                _t.Next();
                var reifier = pendingReifier;
                if (reifier is null)
                {
                    reifier = BlankNode.New();
                    tripleTerm ??= new TripleTerm(new Triple(subject, predicate, @object));
                    Emit(reifier, RdfReifies, tripleTerm);
                }

                pendingReifier = null;
                PredicateObjectList(reifier);
                Expect(TurtleTokenKind.AnnotationClose, "to close the annotation");
            }
            else
            {
                break;
            }
        }

        Leave();
    }

    private Term? OptionalReifierName() => Kind switch
    {
        TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName => ReadIri(),
        TurtleTokenKind.BlankNodeLabel => ReadBlankNode(),
        TurtleTokenKind.OpenBracket => Anonymous(),
        _ => null,
    };

    /// <summary><c>[]</c> where only an empty pair of brackets is allowed.</summary>
    private BlankNode Anonymous()
    {
        _t.Next();
        Expect(TurtleTokenKind.CloseBracket, "(only '[]' is allowed here, not a property list)");
        return BlankNode.New();
    }
}
