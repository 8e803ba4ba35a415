using Graph.Rdf.Syntax.NTriples;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// Formats terms for Turtle and TriG: prefixed names where a declared prefix fits and the local
/// name needs no escape, <c>a</c> for <c>rdf:type</c>, bare integers, decimals, doubles and booleans
/// when the lexical form is exactly what the bare form reads back as, long strings for text with
/// line breaks, and N-Triples forms (with their refusals of what cannot be written) otherwise.
/// </summary>
internal sealed class TurtleTermWriter
{
    private const string XsdInteger = Vocab.Xsd.Namespace + "integer";
    private const string XsdDecimal = Vocab.Xsd.Namespace + "decimal";
    private const string XsdDouble = Vocab.Xsd.Namespace + "double";
    private const string XsdBoolean = Vocab.Xsd.Namespace + "boolean";

    private readonly List<(string Prefix, string Namespace)> _prefixes = [];
    private readonly Dictionary<string, int> _prefixOfIri = new(StringComparer.Ordinal);

    public TurtleTermWriter(IEnumerable<(string Prefix, string Namespace)> prefixes)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (IsPrefixName(prefix) && IsWritableIri(ns) && !_prefixes.Exists(e => e.Prefix == prefix))
            {
                _prefixes.Add((prefix, ns));
            }
        }

        Used = new bool[_prefixes.Count];
    }

    /// <summary>Which prefixes the document uses (filled by <see cref="Prepare"/>).</summary>
    public bool[] Used { get; }

    public IReadOnlyList<(string Prefix, string Namespace)> Prefixes => _prefixes;

    /// <summary>Decides how an IRI will be written and notes the prefix it uses; call for every IRI before writing.</summary>
    public void Prepare(Term term)
    {
        switch (term)
        {
            case Iri iri:
                var prefix = CachedPrefixOf(iri.Value);
                if (prefix >= 0)
                {
                    Used[prefix] = true;
                }

                break;
            case Literal literal when literal.Language is null && !IsBareForm(literal) && literal.Datatype.Value != Vocab.Xsd.Namespace + "string":
                Prepare(literal.Datatype);
                break;
            case TripleTerm tripleTerm:
                Prepare(tripleTerm.Triple.Subject);
                Prepare(tripleTerm.Triple.Predicate);
                Prepare(tripleTerm.Triple.Object);
                break;
        }
    }

    public void WriteIri(RdfTextOutput output, Iri iri) => WriteIri(output, iri, CachedPrefixOf(iri.Value));

    /// <summary>Writes an IRI whose prefix (<see cref="PrefixOf"/>, -1 for none) the caller already knows.</summary>
    public void WriteIri(RdfTextOutput output, Iri iri, int prefix)
    {
        if (prefix < 0)
        {
            NTriplesTermFormatter.WriteIri(output, iri);
            return;
        }

        var (name, ns) = _prefixes[prefix];
        output.Append(name);
        output.Append(':');
        output.Append(iri.Value.AsSpan(ns.Length));
    }

    public void WritePredicate(RdfTextOutput output, Iri predicate)
    {
        if (predicate.Value == Vocab.Rdf.Namespace + "type")
        {
            output.Append('a');
        }
        else
        {
            WriteIri(output, predicate);
        }
    }

    public void WriteLiteral(RdfTextOutput output, Literal literal)
    {
        if (literal.Language is not null)
        {
            WriteString(output, literal.LexicalForm);
            NTriplesTermFormatter.WriteLanguage(output, literal);
            return;
        }

        if (IsBareForm(literal))
        {
            output.Append(literal.LexicalForm);
            return;
        }

        WriteString(output, literal.LexicalForm);
        if (literal.Datatype.Value != Vocab.Xsd.Namespace + "string")
        {
            if (literal.Datatype.Value is Vocab.Rdf.Namespace + "langString" or Vocab.Rdf.Namespace + "dirLangString")
            {
                throw new RdfWriteException($"the literal \"{NTriplesTermFormatter.Display(literal.LexicalForm)}\" has datatype {literal.Datatype} but no language tag; it cannot be written");
            }

            output.Append('^', '^');
            WriteIri(output, literal.Datatype);
        }
    }

    /// <summary>A triple term, <c>&lt;&lt;( s p o )&gt;&gt;</c>, with prefixed names inside; blank nodes through <paramref name="blankLabel"/>.</summary>
    public void WriteTripleTerm(RdfTextOutput output, in Triple triple, Func<BlankNode, string> blankLabel, int depth)
    {
        if (depth > 64)
        {
            throw new RdfWriteException("triple terms are nested more than 64 deep");
        }

        output.Append("<<( ");
        WriteSimpleTerm(output, triple.Subject, blankLabel, depth);
        output.Append(' ');
        WritePredicate(output, triple.Predicate);
        output.Append(' ');
        WriteSimpleTerm(output, triple.Object, blankLabel, depth);
        output.Append(" )>>");
    }

    private void WriteSimpleTerm(RdfTextOutput output, Term term, Func<BlankNode, string> blankLabel, int depth)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(output, iri);
                break;
            case BlankNode blank:
                output.Append('_', ':');
                output.Append(blankLabel(blank));
                break;
            case Literal literal:
                WriteLiteral(output, literal);
                break;
            case TripleTerm nested:
                WriteTripleTerm(output, nested.Triple, blankLabel, depth + 1);
                break;
        }
    }

    /// <summary>Throws <see cref="RdfWriteException"/> when <see cref="WriteLiteral"/> would refuse the literal, without writing it.</summary>
    public void Check(Literal literal)
    {
        var lexical = literal.LexicalForm.AsSpan();
        var surrogate = lexical.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate >= 0 && HasLoneSurrogate(lexical[surrogate..]))
        {
            throw new RdfWriteException(
                $"the string \"{NTriplesTermFormatter.Display(literal.LexicalForm)}\" contains a lone surrogate, which no RDF syntax can carry; it cannot be written");
        }

        // Beyond lone surrogates, whether a literal can be written depends only on its language tag
        // and direction, or on its datatype: each distinct one is tried once.
        if (literal.Language is not null)
        {
            if (literal.Direction is null && _checkedLanguages.Contains(literal.Language))
            {
                return;
            }

            NTriplesTermFormatter.WriteLanguage(_checkOutput, literal);
            _checkOutput.Rollback();
            if (literal.Direction is null)
            {
                _checkedLanguages.Add(literal.Language);
            }

            return;
        }

        if (!IsBareForm(literal) && literal.Datatype.Value != Vocab.Xsd.Namespace + "string" && !_checkedDatatypes.Contains(literal.Datatype.Value))
        {
            WriteLiteral(_checkOutput, literal);
            _checkOutput.Rollback();
            _checkedDatatypes.Add(literal.Datatype.Value);
        }
    }

    private readonly HashSet<string> _checkedLanguages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _checkedDatatypes = new(StringComparer.Ordinal);

    private readonly RdfTextOutput _checkOutput = new(TextWriter.Null);

    /// <summary>Throws <see cref="RdfWriteException"/> when the triple term cannot be written.</summary>
    public void CheckTripleTerm(in Triple triple)
    {
        WriteTripleTerm(_checkOutput, triple, _ => "b", 0);
        _checkOutput.Rollback();
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes a string, in long form (<c>"""</c>) when it has line breaks.</summary>
    public static void WriteString(RdfTextOutput output, string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            NTriplesTermFormatter.WriteQuotedString(output, text);
            return;
        }

        output.Append("\"\"\"");
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\t' || (c >= ' ' && c is not '"' and not '\\' and not '\u007F' and not '\uFFFE' and not '\uFFFF' && !char.IsSurrogate(c)))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            output.Append(text.AsSpan(start, i - start));
            switch (c)
            {
                case '"':
                    output.Append('\\', '"');
                    break;
                case '\\':
                    output.Append('\\', '\\');
                    break;
                case '\r':
                    output.Append('\\', 'r');
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        throw new RdfWriteException(
                            $"the string \"{NTriplesTermFormatter.Display(text)}\" contains a lone surrogate U+{(int)c:X4} at position {i}, which no RDF syntax can carry; it cannot be written");
                    }

                    NTriplesTermFormatter.WriteEscaped(output, c.ToString());
                    break;
            }

            start = i + 1;
        }

        output.Append(text.AsSpan(start));
        output.Append("\"\"\"");
    }

    /// <summary>True when the literal can be written bare (<c>42</c>, <c>1.5</c>, <c>1e3</c>, <c>true</c>) and reads back identical.</summary>
    public static bool IsBareForm(Literal literal)
    {
        var lexical = literal.LexicalForm.AsSpan();
        return literal.Datatype.Value switch
        {
            XsdInteger => IsInteger(lexical),
            XsdDecimal => IsDecimal(lexical),
            XsdDouble => IsDouble(lexical),
            XsdBoolean => lexical is "true" or "false",
            _ => false,
        };
    }

    private static bool IsInteger(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        return s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsDecimal(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var dot = s.IndexOf('.');
        return dot >= 0 && dot < s.Length - 1 && !s[..dot].ContainsAnyExceptInRange('0', '9') && !s[(dot + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsDouble(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var e = s.IndexOfAny('e', 'E');
        if (e < 0)
        {
            return false;
        }

        var mantissa = s[..e];
        var exponent = SkipSign(s[(e + 1)..]);
        if (exponent.Length == 0 || exponent.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var dot = mantissa.IndexOf('.');
        if (dot < 0)
        {
            return mantissa.Length > 0 && !mantissa.ContainsAnyExceptInRange('0', '9');
        }

        var whole = mantissa[..dot];
        var fraction = mantissa[(dot + 1)..];
        return (whole.Length > 0 || fraction.Length > 0)
            && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    private static ReadOnlySpan<char> SkipSign(ReadOnlySpan<char> s) => s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;

    /// <summary>Marks a prefix as used (for IRIs the caller prepared itself).</summary>
    public void MarkUsed(int prefix)
    {
        if (prefix >= 0)
        {
            Used[prefix] = true;
        }
    }

    private int CachedPrefixOf(string iri)
    {
        if (_prefixOfIri.TryGetValue(iri, out var known))
        {
            return known;
        }

        var prefix = PrefixOf(iri);

        // Datatypes and the IRIs inside triple terms come here; the cache stays bounded.
        if (_prefixOfIri.Count < 10_000)
        {
            _prefixOfIri[iri] = prefix;
        }

        return prefix;
    }

    /// <summary>The index of the longest declared namespace that abbreviates <paramref name="iri"/> to a plain prefixed name, or -1.</summary>
    public int PrefixOf(string iri)
    {
        if (_prefixes.Count == 0)
        {
            return -1;
        }

        var best = -1;
        for (var i = 0; i < _prefixes.Count; i++)
        {
            var ns = _prefixes[i].Namespace;
            if (iri.StartsWith(ns, StringComparison.Ordinal) && (best < 0 || ns.Length > _prefixes[best].Namespace.Length))
            {
                best = i;
            }
        }

        return best >= 0 && IsPlainLocalName(iri.AsSpan(_prefixes[best].Namespace.Length)) ? best : -1;
    }

    /// <summary>
    /// A PN_LOCAL that needs no backslash escape and no percent sign: the form every Turtle parser,
    /// old ones included, reads the same way.
    /// </summary>
    private static bool IsPlainLocalName(ReadOnlySpan<char> local)
    {
        if (local.Length == 0)
        {
            return true;
        }

        if (local[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (char.IsHighSurrogate(c))
            {
                if (!RdfCharClasses.IsSupplementaryPnChar(local, i))
                {
                    return false;
                }

                i++;
                continue;
            }

            var ok = i == 0
                ? RdfCharClasses.IsPnCharsU(c) || char.IsAsciiDigit(c)
                : RdfCharClasses.IsPnChars(c) || c == '.';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrefixName(string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        if (!RdfCharClasses.IsPnCharsBase(prefix[0]) || prefix[^1] == '.')
        {
            return false;
        }

        for (var i = 1; i < prefix.Length; i++)
        {
            if (!RdfCharClasses.IsPnChars(prefix[i]) && prefix[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWritableIri(string ns)
    {
        try
        {
            NTriplesTermFormatter.CheckIri(ns);
            return true;
        }
        catch (RdfWriteException)
        {
            return false;
        }
    }
}
