using System.Buffers;
using System.Globalization;
using System.Text;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.NTriples;

/// <summary>
/// The N-Triples / N-Quads grammar (RDF 1.2: triple terms <c>&lt;&lt;( s p o )&gt;&gt;</c>, base
/// directions, <c>VERSION</c>) over a sliding character window: the window always ends after a line
/// break, so no statement is ever cut, and memory stays proportional to the longest line, never to
/// the file. Repeated IRIs and blank nodes come from a small cache instead of new allocations.
/// </summary>
internal sealed class NTriplesParser
{
    private const int InitialWindow = 1 << 16;
    private const int MaxTripleTermDepth = 64;

    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");

    private readonly TextReader _input;
    private readonly IRdfSink _sink;
    private readonly string _source;
    private readonly bool _quads;
    private readonly TermCache _cache = new();
    private readonly StringBuilder _scratch = new();
    private char[] _buf = new char[InitialWindow];
    private int _pos;
    private int _end;
    private int _limit;
    private int _line = 1;
    private int _lineStart;

    public NTriplesParser(TextReader input, IRdfSink sink, string sourceName, bool quads)
    {
        _input = input;
        _sink = sink;
        _source = sourceName;
        _quads = quads;
    }

    public void Run()
    {
        _sink.StartRdf();
        var eof = false;
        while (!eof)
        {
            eof = Fill();
            if (eof)
            {
                _limit = _end;
            }
            else
            {
                var lastBreak = _buf.AsSpan(_pos, _end - _pos).LastIndexOf('\n');
                if (lastBreak < 0)
                {
                    continue;
                }

                _limit = _pos + lastBreak + 1;
            }

            ParseStatements();
        }

        _sink.EndRdf();
    }

    /// <summary>Moves the unparsed rest to the front, reads more, grows the window for a long line; true at end of input.</summary>
    private bool Fill()
    {
        if (_pos > 0)
        {
            var rest = _end - _pos;
            Array.Copy(_buf, _pos, _buf, 0, rest);
            _lineStart -= _pos;
            _end = rest;
            _pos = 0;
        }

        if (_end == _buf.Length)
        {
            Array.Resize(ref _buf, _buf.Length * 2);
        }

        var read = _input.Read(_buf, _end, _buf.Length - _end);
        if (read <= 0)
        {
            return true;
        }

        _end += read;
        return false;
    }

    private void ParseStatements()
    {
        var buf = _buf;
        while (_pos < _limit)
        {
            var c = buf[_pos];
            switch (c)
            {
                case ' ' or '\t':
                    _pos++;
                    break;
                case '\n' or '\r':
                    NewLine();
                    break;
                case '#':
                    SkipComment();
                    break;
                case 'V':
                    ParseVersion();
                    break;
                default:
                    ParseStatement();
                    break;
            }
        }
    }

    private void ParseStatement()
    {
        var subject = ParseSubject();
        SkipSpaces();
        var predicate = ParseIri("a predicate");
        SkipSpaces();
        var @object = ParseObject(0);
        SkipSpaces();
        Term? graph = null;
        if (_quads && Peek() is '<' or '_')
        {
            graph = Peek() == '<' ? ParseIri("a graph name") : ParseBlankNode();
            SkipSpaces();
        }

        if (Peek() != '.')
        {
            throw Error(_quads ? "expected '.' (or a graph name) after the object" : "expected '.' after the object");
        }

        _pos++;
        EndOfStatement();
        if (graph is null)
        {
            _sink.HandleTriple(new Triple(subject, predicate, @object));
        }
        else
        {
            _sink.HandleQuad(new Quad(subject, predicate, @object, graph));
        }
    }

    /// <summary><c>VERSION "1.2"</c> (RDF 1.2): accepted and otherwise ignored.</summary>
    private void ParseVersion()
    {
        if (!_buf.AsSpan(_pos, _limit - _pos).StartsWith("VERSION"))
        {
            throw Error("expected a triple, a comment or VERSION");
        }

        _pos += "VERSION".Length;
        if (Peek() is not (' ' or '\t'))
        {
            throw Error("expected a space after VERSION");
        }

        SkipSpaces();
        if (Peek() != '"')
        {
            throw Error("expected a quoted version string after VERSION");
        }

        _ = ParseString();
        EndOfStatement();
    }

    /// <summary>After a statement: spaces, an optional comment, then a line break or the end.</summary>
    private void EndOfStatement()
    {
        SkipSpaces();
        var c = Peek();
        if (c == '#')
        {
            SkipComment();
        }
        else if (c >= 0 && c is not ('\n' or '\r'))
        {
            throw Error("expected the end of the line after '.' (one statement a line)");
        }
    }

    private Term ParseSubject() => Peek() switch
    {
        '<' when At("<<") => throw Error("a triple term cannot be a subject"),
        '<' => ParseIri("a subject"),
        '_' => ParseBlankNode(),
        _ => throw Error("expected a subject (an IRI or a blank node)"),
    };

    private Term ParseObject(int depth) => Peek() switch
    {
        '<' when At("<<(") => ParseTripleTerm(depth),
        '<' when At("<<") => throw Error("expected '<<(' (a triple term); reified triples '<< >>' are not N-Triples"),
        '<' => ParseIri("an object"),
        '_' => ParseBlankNode(),
        '"' => ParseLiteral(),
        _ => throw Error("expected an object (an IRI, a blank node, a literal or a triple term)"),
    };

    private TripleTerm ParseTripleTerm(int depth)
    {
        if (depth >= MaxTripleTermDepth)
        {
            throw Error($"triple terms are nested more than {MaxTripleTermDepth} deep");
        }

        _pos += 3;
        SkipSpaces();
        var subject = ParseSubject();
        SkipSpaces();
        var predicate = ParseIri("a predicate");
        SkipSpaces();
        var @object = ParseObject(depth + 1);
        SkipSpaces();
        if (!At(")>>"))
        {
            throw Error("expected ')>>' to close the triple term");
        }

        _pos += 3;
        return new TripleTerm(new Triple(subject, predicate, @object));
    }

    private Iri ParseIri(string role)
    {
        if (Peek() != '<')
        {
            throw Error($"expected {role} (an IRI in angle brackets)");
        }

        var start = _pos + 1;
        var span = _buf.AsSpan(start, _limit - start);
        var stop = span.IndexOfAny(IriStops);
        if (stop < 0)
        {
            _pos = _limit;
            throw Error("unterminated IRI: expected '>'");
        }

        if (span[stop] == '>')
        {
            var raw = span[..stop];
            if (RdfCharClasses.SchemeLength(raw) <= 0)
            {
                throw Error("relative IRI: N-Triples and N-Quads allow only absolute IRIs");
            }

            _pos = start + stop + 1;
            return _cache.Iri(raw);
        }

        if (span[stop] != '\\')
        {
            _pos = start + stop;
            throw Error($"the character {Describe(span[stop])} is not allowed in an IRI");
        }

        return ParseEscapedIri(start);
    }

    private Iri ParseEscapedIri(int start)
    {
        _scratch.Clear();
        _pos = start;
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                throw Error("unterminated IRI: expected '>'");
            }

            if (c == '>')
            {
                _pos++;
                break;
            }

            if (c == '\\')
            {
                var escapeAt = _pos;
                if (Peek(1) is not ('u' or 'U'))
                {
                    throw Error("only \\u and \\U escapes are allowed in an IRI");
                }

                var decodedStart = _scratch.Length;
                ReadUchar();
                for (var k = decodedStart; k < _scratch.Length; k++)
                {
                    var d = _scratch[k];
                    if (d <= ' ' || d is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                    {
                        _pos = escapeAt;
                        throw Error($"the escape stands for {Describe(d)}, which is not allowed in an IRI");
                    }
                }

                continue;
            }

            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`')
            {
                throw Error($"the character {Describe((char)c)} is not allowed in an IRI");
            }

            _scratch.Append((char)c);
            _pos++;
        }

        var value = _scratch.ToString();
        if (RdfCharClasses.SchemeLength(value) <= 0)
        {
            throw Error("relative IRI: N-Triples and N-Quads allow only absolute IRIs");
        }

        return Iri.FromTrusted(value);
    }

    private BlankNode ParseBlankNode()
    {
        if (!At("_:"))
        {
            throw Error("expected a blank node '_:label'");
        }

        _pos += 2;
        var start = _pos;
        var buf = _buf;
        var i = _pos;
        while (i < _limit)
        {
            var c = buf[i];
            bool ok;
            if (char.IsHighSurrogate(c))
            {
                if (!RdfCharClasses.IsSupplementaryPnChar(buf.AsSpan(0, _limit), i))
                {
                    break;
                }

                i += 2;
                continue;
            }

            ok = i == start ? RdfCharClasses.IsPnCharsU(c) || char.IsAsciiDigit(c) : RdfCharClasses.IsPnChars(c) || c == '.';
            if (!ok)
            {
                break;
            }

            i++;
        }

        while (i > start && buf[i - 1] == '.')
        {
            i--;
        }

        if (i == start)
        {
            throw Error("expected a blank node label after '_:'");
        }

        _pos = i;
        var next = Peek();
        if (next >= 0 && next is not (' ' or '\t' or '\n' or '\r' or '.' or '<' or '"' or '_' or '#' or ')'))
        {
            throw Error($"the character {Describe((char)next)} is not allowed in a blank node label");
        }

        return _cache.BlankNode(buf.AsSpan(start, i - start));
    }

    private Literal ParseLiteral()
    {
        var lexical = ParseString();
        SkipSpaces();
        var c = Peek();
        if (c == '@')
        {
            return ParseLanguage(lexical);
        }

        if (c == '^')
        {
            if (Peek(1) != '^')
            {
                throw Error("expected '^^' before a datatype IRI");
            }

            _pos += 2;
            SkipSpaces();
            var datatypeAt = _pos;
            var datatype = ParseIri("a datatype IRI");
            if (datatype.Value is Vocab.Rdf.Namespace + "langString" or Vocab.Rdf.Namespace + "dirLangString")
            {
                throw ErrorAt(datatypeAt, $"the datatype {datatype} needs a language tag ('\"text\"@en') instead");
            }

            return new Literal(lexical, datatype);
        }

        return Literal.String(lexical);
    }

    private Literal ParseLanguage(string lexical)
    {
        var start = ++_pos;
        var i = start;
        while (i < _limit && (char.IsAsciiLetterOrDigit(_buf[i]) || (_buf[i] == '-' && !(i + 1 < _limit && _buf[i + 1] == '-'))))
        {
            i++;
        }

        var tag = _buf.AsSpan(start, i - start);
        if (!RdfCharClasses.IsLanguageTag(tag))
        {
            throw Error("malformed language tag: expected letters, then '-' and subtags of letters and digits, at most 8 characters each");
        }

        _pos = i;
        string? direction = null;
        if (At("--"))
        {
            _pos += 2;
            var dirStart = _pos;
            while (_pos < _limit && char.IsAsciiLetter(_buf[_pos]))
            {
                _pos++;
            }

            direction = _buf.AsSpan(dirStart, _pos - dirStart) switch
            {
                "ltr" => "ltr",
                "rtl" => "rtl",
                _ => throw ErrorAt(dirStart, "the base direction after '--' must be 'ltr' or 'rtl'"),
            };
        }

        return Literal.LangString(lexical, _cache.Language(tag), direction);
    }

    private string ParseString()
    {
        var start = _pos + 1;
        var span = _buf.AsSpan(start, _limit - start);
        var stop = span.IndexOfAny(StringStops);
        if (stop >= 0 && span[stop] == '"')
        {
            _pos = start + stop + 1;
            return new string(span[..stop]);
        }

        _scratch.Clear();
        _scratch.Append(span[..Math.Max(stop, 0)]);
        _pos = start + Math.Max(stop, 0);
        while (true)
        {
            var c = Peek();
            switch (c)
            {
                case < 0 or '\n' or '\r':
                    throw Error("unterminated string: expected '\"' before the end of the line");
                case '"':
                    _pos++;
                    return _scratch.ToString();
                case '\\':
                    ReadStringEscape();
                    break;
                default:
                    _scratch.Append((char)c);
                    _pos++;
                    break;
            }
        }
    }

    private void ReadStringEscape()
    {
        var e = Peek(1);
        var decoded = e switch
        {
            't' => '\t',
            'b' => '\b',
            'n' => '\n',
            'r' => '\r',
            'f' => '\f',
            '"' => '"',
            '\'' => '\'',
            '\\' => '\\',
            _ => '\0',
        };
        if (e is 'u' or 'U')
        {
            ReadUchar();
            return;
        }

        if (decoded == '\0')
        {
            throw Error("unknown escape: expected \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX or \\UXXXXXXXX");
        }

        _scratch.Append(decoded);
        _pos += 2;
    }

    /// <summary>Reads <c>\uXXXX</c> or <c>\UXXXXXXXX</c> at the position into the scratch buffer.</summary>
    private void ReadUchar()
    {
        var digits = _buf[_pos + 1] == 'u' ? 4 : 8;
        var code = ReadHex(_pos + 2, digits);
        if (code is >= 0xD800 and <= 0xDBFF && digits == 4 && At(_pos + 6, "\\u"))
        {
            var low = ReadHex(_pos + 8, 4);
            if (low is >= 0xDC00 and <= 0xDFFF)
            {
                _scratch.Append((char)code).Append((char)low);
                _pos += 12;
                return;
            }
        }

        if (code is >= 0xD800 and <= 0xDFFF || code > 0x10FFFF)
        {
            throw Error($"the escape stands for U+{code:X}, which is not a Unicode scalar value");
        }

        if (code < 0x10000)
        {
            _scratch.Append((char)code);
        }
        else
        {
            _scratch.Append(char.ConvertFromUtf32(code));
        }

        _pos += 2 + digits;
    }

    private int ReadHex(int at, int digits)
    {
        if (at + digits > _limit)
        {
            _pos = Math.Min(at, _limit);
            throw Error($"expected {digits} hexadecimal digits in the escape");
        }

        var span = _buf.AsSpan(at, digits);
        foreach (var h in span)
        {
            if (!char.IsAsciiHexDigit(h))
            {
                _pos = at;
                throw Error($"expected {digits} hexadecimal digits in the escape");
            }
        }

        return int.Parse(span, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    private void SkipSpaces()
    {
        while (_pos < _limit && _buf[_pos] is ' ' or '\t')
        {
            _pos++;
        }
    }

    private void SkipComment()
    {
        var span = _buf.AsSpan(_pos, _limit - _pos);
        var eol = span.IndexOfAny('\n', '\r');
        _pos = eol < 0 ? _limit : _pos + eol;
    }

    private void NewLine()
    {
        if (_buf[_pos] == '\r' && _pos + 1 < _limit && _buf[_pos + 1] == '\n')
        {
            _pos++;
        }

        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private int Peek() => _pos < _limit ? _buf[_pos] : -1;

    private int Peek(int ahead) => _pos + ahead < _limit ? _buf[_pos + ahead] : -1;

    private bool At(string text) => At(_pos, text);

    private bool At(int at, string text) => at + text.Length <= _limit && _buf.AsSpan(at, text.Length).SequenceEqual(text);

    private static string Describe(char c) =>
        c is > ' ' and < '\u007F' ? $"'{c}'" : $"U+{(int)c:X4}";

    private RdfSyntaxException ErrorAt(int position, string message)
    {
        _pos = position;
        return Error(message);
    }

    private RdfSyntaxException Error(string message) =>
        new(message, _source, _line, _pos - _lineStart + 1);
}
