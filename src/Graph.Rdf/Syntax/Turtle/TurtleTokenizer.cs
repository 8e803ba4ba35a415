using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>
/// Splits Turtle and TriG text into terminals, one at a time, over a growing window of the input:
/// values are decoded in place (or, when they carry escapes, into a reused scratch buffer), so reading
/// a token allocates nothing. The grammar (<see cref="TurtleParser"/>) must copy a value it keeps
/// before asking for the next token.
/// </summary>
internal sealed class TurtleTokenizer
{
    private const int InitialBufferSize = 1 << 16;
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " <>\"{}|^`\\");

    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");
    private static readonly SearchValues<char> LongDoubleQuoteStops = SearchValues.Create("\"\\\n");
    private static readonly SearchValues<char> LongSingleQuoteStops = SearchValues.Create("'\\\n");

    private readonly TextReader _reader;
    private readonly string _sourceName;
    private char[] _buffer = new char[InitialBufferSize];
    private int _position;
    private int _end;
    private int _tokenStart;
    private long _bufferOffset;
    private long _lineStartOffset;
    private int _line = 1;
    private bool _endOfInput;
    private char[] _scratch = new char[256];
    private int _scratchLength;
    private bool _valueInScratch;
    private int _valueOffset;
    private int _valueLength;
    private int _lastGoodScratch;

    public TurtleTokenizer(TextReader reader, string sourceName)
    {
        _reader = reader;
        _sourceName = sourceName;
    }

    /// <summary>The kind of the current token.</summary>
    public TurtleTokenKind Kind { get; private set; }

    /// <summary>The 1-based line where the current token starts.</summary>
    public int Line { get; private set; }

    /// <summary>The 1-based column (in UTF-16 code units) where the current token starts.</summary>
    public int Column { get; private set; }

    /// <summary>For a prefixed name, the index of the ':' in <see cref="Value"/>.</summary>
    public int PrefixLength { get; private set; }

    /// <summary>For a string, true when it was written with triple quotes.</summary>
    public bool IsLongString { get; private set; }

    /// <summary>The decoded value of the current token; valid until <see cref="Next"/>.</summary>
    public ReadOnlySpan<char> Value => _valueInScratch
        ? _scratch.AsSpan(0, _scratchLength)
        : _buffer.AsSpan(_tokenStart + _valueOffset, _valueLength);

    /// <summary>An error at the current token.</summary>
    public RdfSyntaxException Error(string message) => new(message, _sourceName, Line, Column);

    /// <summary>A short description of the current token for error messages.</summary>
    public string Describe()
    {
        var value = Value.Length > 60 ? string.Concat(Value[..57], "...") : Value.ToString();
        return Kind switch
        {
            TurtleTokenKind.EndOfInput => "the end of the input",
            TurtleTokenKind.IriRef => $"the IRI <{value}>",
            TurtleTokenKind.PrefixedName => $"the prefixed name {value}",
            TurtleTokenKind.BlankNodeLabel => $"the blank node _:{value}",
            TurtleTokenKind.String => $"the string \"{value}\"",
            TurtleTokenKind.AtWord => $"'@{value}'",
            TurtleTokenKind.Integer or TurtleTokenKind.Decimal or TurtleTokenKind.Double => $"the number {value}",
            TurtleTokenKind.Word => $"'{value}'",
            _ => "'" + Punctuation(Kind) + "'",
        };
    }

    /// <summary>The text of a punctuation token, for messages.</summary>
    public static string Punctuation(TurtleTokenKind kind) => kind switch
    {
        TurtleTokenKind.Dot => ".",
        TurtleTokenKind.Semicolon => ";",
        TurtleTokenKind.Comma => ",",
        TurtleTokenKind.OpenBracket => "[",
        TurtleTokenKind.CloseBracket => "]",
        TurtleTokenKind.OpenParen => "(",
        TurtleTokenKind.CloseParen => ")",
        TurtleTokenKind.OpenBrace => "{",
        TurtleTokenKind.CloseBrace => "}",
        TurtleTokenKind.DoubleCaret => "^^",
        TurtleTokenKind.ReifiedOpen => "<<",
        TurtleTokenKind.ReifiedClose => ">>",
        TurtleTokenKind.TripleTermOpen => "<<(",
        TurtleTokenKind.TripleTermClose => ")>>",
        TurtleTokenKind.Tilde => "~",
        TurtleTokenKind.AnnotationOpen => "{|",
        TurtleTokenKind.AnnotationClose => "|}",
        _ => kind.ToString(),
    };

    /// <summary>Moves to the next token.</summary>
    public void Next()
    {
        SkipWhitespaceAndComments();
        Line = _line;
        Column = ColumnAt(_position);
        _valueInScratch = false;
        _valueOffset = 0;
        _valueLength = 0;
        PrefixLength = 0;
        IsLongString = false;
        var c = Peek(0);
        switch (c)
        {
            case < 0:
                Kind = TurtleTokenKind.EndOfInput;
                return;
            case '<':
                if (Peek(1) == '<')
                {
                    if (Peek(2) == '(')
                    {
                        Punctuation(TurtleTokenKind.TripleTermOpen, 3);
                    }
                    else
                    {
                        Punctuation(TurtleTokenKind.ReifiedOpen, 2);
                    }
                }
                else
                {
                    ScanIri();
                }

                return;
            case '>':
                if (Peek(1) != '>')
                {
                    throw ErrorHere("unexpected '>' (a reified triple closes with '>>')");
                }

                Punctuation(TurtleTokenKind.ReifiedClose, 2);
                return;
            case '"' or '\'':
                ScanString((char)c);
                return;
            case '_':
                if (Peek(1) != ':')
                {
                    throw ErrorHere("expected ':' after '_' (a blank node label is written _:label)");
                }

                ScanBlankNodeLabel();
                return;
            case '@':
                ScanAtWord();
                return;
            case '.':
                if (IsDigit(Peek(1)))
                {
                    ScanNumber();
                }
                else
                {
                    Punctuation(TurtleTokenKind.Dot, 1);
                }

                return;
            case '+' or '-' or (>= '0' and <= '9'):
                ScanNumber();
                return;
            case ';':
                Punctuation(TurtleTokenKind.Semicolon, 1);
                return;
            case ',':
                Punctuation(TurtleTokenKind.Comma, 1);
                return;
            case '[':
                Punctuation(TurtleTokenKind.OpenBracket, 1);
                return;
            case ']':
                Punctuation(TurtleTokenKind.CloseBracket, 1);
                return;
            case '(':
                Punctuation(TurtleTokenKind.OpenParen, 1);
                return;
            case ')':
                if (Peek(1) == '>' && Peek(2) == '>')
                {
                    Punctuation(TurtleTokenKind.TripleTermClose, 3);
                }
                else
                {
                    Punctuation(TurtleTokenKind.CloseParen, 1);
                }

                return;
            case '{':
                if (Peek(1) == '|')
                {
                    Punctuation(TurtleTokenKind.AnnotationOpen, 2);
                }
                else
                {
                    Punctuation(TurtleTokenKind.OpenBrace, 1);
                }

                return;
            case '}':
                Punctuation(TurtleTokenKind.CloseBrace, 1);
                return;
            case '|':
                if (Peek(1) != '}')
                {
                    throw ErrorHere("unexpected '|' (an annotation closes with '|}')");
                }

                Punctuation(TurtleTokenKind.AnnotationClose, 2);
                return;
            case '^':
                if (Peek(1) != '^')
                {
                    throw ErrorHere("expected '^^' before a datatype");
                }

                Punctuation(TurtleTokenKind.DoubleCaret, 2);
                return;
            case '~':
                Punctuation(TurtleTokenKind.Tilde, 1);
                return;
            case ':':
                ScanPrefixedName(0);
                return;
            default:
                if (TurtleChars.IsNameStartBase((char)c) || IsSurrogatePairAt(0))
                {
                    ScanNameOrWord();
                    return;
                }

                throw ErrorHere($"unexpected character {DescribeChar(c)}");
        }
    }

    /// <summary>Abandons the current line (after an error, to resynchronise); the next token starts on the following line.</summary>
    public void SkipLine()
    {
        _tokenStart = _position;
        while (true)
        {
            if (_position >= _end)
            {
                _tokenStart = _position;
                if (!Fill())
                {
                    return;
                }
            }

            var newline = _buffer.AsSpan(_position, _end - _position).IndexOf('\n');
            if (newline >= 0)
            {
                _position += newline + 1;
                NewLineAt(_position);
                _tokenStart = _position;
                return;
            }

            _position = _end;
        }
    }

    private void Punctuation(TurtleTokenKind kind, int length)
    {
        Kind = kind;
        _position += length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek(int ahead)
    {
        var i = _position + ahead;
        return i < _end ? _buffer[i] : PeekSlow(ahead);
    }

    private int PeekSlow(int ahead)
    {
        while (_position + ahead >= _end)
        {
            if (!Fill())
            {
                return -1;
            }
        }

        return _buffer[_position + ahead];
    }

    /// <summary>Reads more input, keeping the current token (from <see cref="_tokenStart"/>) in the window.</summary>
    private bool Fill()
    {
        if (_endOfInput)
        {
            return false;
        }

        if (_tokenStart > 0)
        {
            var keep = _end - _tokenStart;
            Array.Copy(_buffer, _tokenStart, _buffer, 0, keep);
            _bufferOffset += _tokenStart;
            _position -= _tokenStart;
            _end = keep;
            _tokenStart = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read;
        try
        {
            read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (DecoderFallbackException e)
        {
            throw new RdfSyntaxException($"the input is not valid UTF-8 ({e.Message})", _sourceName, _line, ColumnAt(_end));
        }

        if (read <= 0)
        {
            _endOfInput = true;
            return false;
        }

        _end += read;
        return true;
    }

    private int ColumnAt(int position) => (int)(_bufferOffset + position - _lineStartOffset) + 1;

    private RdfSyntaxException ErrorHere(string message) => new(message, _sourceName, _line, ColumnAt(_position));

    private void NewLineAt(int positionAfterNewLine)
    {
        _line++;
        _lineStartOffset = _bufferOffset + positionAfterNewLine;
    }

    private void SkipWhitespaceAndComments()
    {
        while (true)
        {
            if (_position >= _end)
            {
                _tokenStart = _position;
                if (!Fill())
                {
                    break;
                }
            }

            var c = _buffer[_position];
            if (c is ' ' or '\t' or '\r')
            {
                _position++;
            }
            else if (c == '\n')
            {
                _position++;
                NewLineAt(_position);
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else if (c == '\uFEFF' && _bufferOffset + _position == 0)
            {
                _position++;
            }
            else
            {
                break;
            }
        }

        _tokenStart = _position;
    }

    private void SkipComment()
    {
        while (true)
        {
            var rest = _buffer.AsSpan(_position, _end - _position);
            var newline = rest.IndexOfAny('\n', '\r');
            if (newline >= 0)
            {
                _position += newline;
                return;
            }

            _position = _end;
            _tokenStart = _position;
            if (!Fill())
            {
                return;
            }
        }
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private static string DescribeChar(int c) =>
        c < 0 ? "end of input" : c is > 0x20 and < 0x7F ? $"'{(char)c}'" : $"U+{c:X4}";

    private bool IsSurrogatePairAt(int ahead)
    {
        var high = Peek(ahead);
        if (high < 0 || !TurtleChars.IsNameHighSurrogate((char)high))
        {
            return false;
        }

        var low = Peek(ahead + 1);
        return low >= 0 && char.IsLowSurrogate((char)low);
    }

    // ---- scratch buffer (values with escapes) ----

    private void StartScratch(int valueStart)
    {
        _valueInScratch = true;
        _scratchLength = 0;
        AppendScratch(_buffer.AsSpan(valueStart, _position - valueStart));
    }

    private void AppendScratch(ReadOnlySpan<char> chars)
    {
        if (_scratchLength + chars.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + chars.Length));
        }

        chars.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += chars.Length;
    }

    private void AppendScratch(char c)
    {
        if (_scratchLength == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        _scratch[_scratchLength++] = c;
    }

    private void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            AppendScratch((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            AppendScratch((char)(0xD800 + (codePoint >> 10)));
            AppendScratch((char)(0xDC00 + (codePoint & 0x3FF)));
        }
    }

    /// <summary>Decodes <c>\uXXXX</c> or <c>\UXXXXXXXX</c> at the current position (the backslash).</summary>
    private int ReadUnicodeEscape()
    {
        var kind = Peek(1);
        var digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (digits == 0)
        {
            throw ErrorHere($"expected 'u' or 'U' after '\\' here, found {DescribeChar(kind)}");
        }

        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            var h = Peek(2 + i);
            var digit = h is >= '0' and <= '9' ? h - '0' : h is >= 'a' and <= 'f' ? h - 'a' + 10 : h is >= 'A' and <= 'F' ? h - 'A' + 10 : -1;
            if (digit < 0)
            {
                throw ErrorHere($"expected {digits} hexadecimal digits after '\\{(char)kind}', found {DescribeChar(h)}");
            }

            value = (value << 4) | digit;
            if (value > 0x10FFFF || value < 0)
            {
                throw ErrorHere("the escape denotes no Unicode code point (above U+10FFFF)");
            }
        }

        if (value is >= 0xD800 and <= 0xDFFF)
        {
            throw ErrorHere($"the escape denotes the surrogate U+{value:X4}, which is not a character");
        }

        _position += 2 + digits;
        return value;
    }

    // ---- IRIs ----

    private void ScanIri()
    {
        _position++;
        var valueRelative = _position - _tokenStart;
        while (true)
        {
            if (_position >= _end)
            {
                if (_valueInScratch)
                {
                    _tokenStart = _position;
                }

                if (!Fill())
                {
                    throw new RdfSyntaxException("the IRI is not closed: expected '>'", _sourceName, Line, Column);
                }
            }

            var rest = _buffer.AsSpan(_position, _end - _position);
            var stop = rest.IndexOfAny(IriStops);
            if (stop < 0)
            {
                if (_valueInScratch)
                {
                    AppendScratch(rest);
                }

                _position = _end;
                continue;
            }

            if (_valueInScratch)
            {
                AppendScratch(rest[..stop]);
            }

            _position += stop;
            var c = _buffer[_position];
            if (c == '>')
            {
                if (!_valueInScratch)
                {
                    _valueOffset = valueRelative;
                    _valueLength = _position - _tokenStart - valueRelative;
                }

                _position++;
                Kind = TurtleTokenKind.IriRef;
                return;
            }

            if (c == '\\')
            {
                if (!_valueInScratch)
                {
                    StartScratch(_tokenStart + valueRelative);
                }

                var codePoint = ReadUnicodeEscape();
                if (TurtleChars.IsForbiddenInIri(codePoint))
                {
                    throw new RdfSyntaxException($"the escaped character U+{codePoint:X4} is not allowed in an IRI", _sourceName, _line, ColumnAt(_position));
                }

                AppendCodePoint(codePoint);
                continue;
            }

            throw ErrorHere(c == '\n' || c == '\r' || c == ' '
                ? $"{DescribeChar(c)} is not allowed in an IRI (the IRI started at {Line}:{Column} is not closed with '>' or contains a space)"
                : $"{DescribeChar(c)} is not allowed in an IRI; write it percent-encoded");
        }
    }

    // ---- strings ----

    private void ScanString(char quote)
    {
        if (Peek(1) == quote)
        {
            if (Peek(2) == quote)
            {
                _position += 3;
                IsLongString = true;
                ScanStringBody(quote, longString: true);
                return;
            }

            _position += 2;
            Kind = TurtleTokenKind.String;
            return;
        }

        _position++;
        ScanStringBody(quote, longString: false);
    }

    private void ScanStringBody(char quote, bool longString)
    {
        var stops = longString
            ? (quote == '"' ? LongDoubleQuoteStops : LongSingleQuoteStops)
            : (quote == '"' ? DoubleQuoteStops : SingleQuoteStops);
        var valueRelative = _position - _tokenStart;
        while (true)
        {
            if (_position >= _end)
            {
                if (_valueInScratch)
                {
                    _tokenStart = _position;
                }

                if (!Fill())
                {
                    throw new RdfSyntaxException($"the string is not closed: expected {(longString ? new string(quote, 3) : quote.ToString())}", _sourceName, Line, Column);
                }
            }

            var rest = _buffer.AsSpan(_position, _end - _position);
            var stop = rest.IndexOfAny(stops);
            if (stop < 0)
            {
                if (_valueInScratch)
                {
                    AppendScratch(rest);
                }

                _position = _end;
                continue;
            }

            if (_valueInScratch)
            {
                AppendScratch(rest[..stop]);
            }

            _position += stop;
            var c = _buffer[_position];
            if (c == quote)
            {
                if (longString && (Peek(1) != quote || Peek(2) != quote))
                {
                    // A quote or two inside a long string is content.
                    if (_valueInScratch)
                    {
                        AppendScratch(quote);
                    }

                    _position++;
                    continue;
                }

                if (!_valueInScratch)
                {
                    _valueOffset = valueRelative;
                    _valueLength = _position - _tokenStart - valueRelative;
                }

                _position += longString ? 3 : 1;
                Kind = TurtleTokenKind.String;
                return;
            }

            if (c == '\\')
            {
                if (!_valueInScratch)
                {
                    StartScratch(_tokenStart + valueRelative);
                }

                ReadStringEscape();
                continue;
            }

            if (c == '\n' && longString)
            {
                if (_valueInScratch)
                {
                    AppendScratch('\n');
                }

                _position++;
                NewLineAt(_position);
                continue;
            }

            throw ErrorHere($"a line break inside a string in {(quote == '"' ? "double" : "single")} quotes (use \\n, or triple quotes for a long string); the string started at {Line}:{Column}");
        }
    }

    private void ReadStringEscape()
    {
        var e = Peek(1);
        char decoded;
        switch (e)
        {
            case 't': decoded = '\t'; break;
            case 'b': decoded = '\b'; break;
            case 'n': decoded = '\n'; break;
            case 'r': decoded = '\r'; break;
            case 'f': decoded = '\f'; break;
            case '"': decoded = '"'; break;
            case '\'': decoded = '\''; break;
            case '\\': decoded = '\\'; break;
            case 'u' or 'U':
                AppendCodePoint(ReadUnicodeEscape());
                return;
            default:
                throw ErrorHere($"unknown escape '\\{(e < 0 ? string.Empty : ((char)e).ToString())}' in a string (expected \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u or \\U)");
        }

        AppendScratch(decoded);
        _position += 2;
    }

    // ---- names ----

    private void ScanBlankNodeLabel()
    {
        _position += 2;
        var relativeStart = _position - _tokenStart;
        var first = Peek(0);
        if (first < 0 || !(TurtleChars.IsNameStartU((char)first) || IsDigit(first) || IsSurrogatePairAt(0)))
        {
            throw ErrorHere($"expected a blank node label after '_:', found {DescribeChar(first)}");
        }

        var lastGood = SkipNameChars(allowColon: false, allowEscapes: false);
        _position = lastGood;
        _valueOffset = relativeStart;
        _valueLength = _position - (_tokenStart + relativeStart);
        Kind = TurtleTokenKind.BlankNodeLabel;
    }

    /// <summary>
    /// Consumes name characters (PN_CHARS and '.') from the current position; returns the position just after
    /// the last character that is not a '.', since a name may not end with one.
    /// </summary>
    private int SkipNameChars(bool allowColon, bool allowEscapes)
    {
        var lastGood = _position - _tokenStart;
        while (true)
        {
            var c = Peek(0);
            if (c < 0)
            {
                return _tokenStart + lastGood;
            }

            var ch = (char)c;
            if (TurtleChars.IsNameChar(ch) || (allowColon && ch == ':'))
            {
                AppendIfScratch(ch);
                _position++;
                lastGood = _position - _tokenStart;
                continue;
            }

            if (ch == '.')
            {
                AppendIfScratch(ch);
                _position++;
                continue;
            }

            if (IsSurrogatePairAt(0))
            {
                AppendIfScratch(ch);
                AppendIfScratch((char)Peek(1));
                _position += 2;
                lastGood = _position - _tokenStart;
                continue;
            }

            if (allowEscapes && ch == '%')
            {
                if (!char.IsAsciiHexDigit((char)Math.Max(0, Peek(1))) || !char.IsAsciiHexDigit((char)Math.Max(0, Peek(2))))
                {
                    throw ErrorHere("expected two hexadecimal digits after '%' in a local name");
                }

                AppendIfScratch('%');
                AppendIfScratch((char)Peek(1));
                AppendIfScratch((char)Peek(2));
                _position += 3;
                lastGood = _position - _tokenStart;
                continue;
            }

            if (allowEscapes && ch == '\\')
            {
                var escaped = Peek(1);
                if (escaped < 0 || !TurtleChars.IsLocalEscapable((char)escaped))
                {
                    throw ErrorHere($"'\\{DescribeChar(escaped)}' is not an escape allowed in a local name");
                }

                if (!_valueInScratch)
                {
                    StartScratch(_tokenStart);
                }

                AppendScratch((char)escaped);
                _position += 2;
                lastGood = _position - _tokenStart;
                _lastGoodScratch = _scratchLength;
                continue;
            }

            return _tokenStart + lastGood;
        }

        void AppendIfScratch(char value)
        {
            if (_valueInScratch)
            {
                AppendScratch(value);
                if (value != '.')
                {
                    _lastGoodScratch = _scratchLength;
                }
            }
        }
    }

    private void ScanNameOrWord()
    {
        // PN_PREFIX, or a bare word (a, true, false, PREFIX, BASE, VERSION, GRAPH).
        _position += IsSurrogatePairAt(0) ? 2 : 1;
        _position = SkipNameChars(allowColon: false, allowEscapes: false);
        if (Peek(0) == ':')
        {
            ScanPrefixedName(_position - _tokenStart);
            return;
        }

        _valueOffset = 0;
        _valueLength = _position - _tokenStart;
        foreach (var ch in Value)
        {
            if (!char.IsAsciiLetter(ch))
            {
                throw new RdfSyntaxException($"unexpected name '{Value}' (a prefixed name needs a ':')", _sourceName, Line, Column);
            }
        }

        Kind = TurtleTokenKind.Word;
    }

    private void ScanPrefixedName(int prefixLength)
    {
        _position++; // the ':'
        PrefixLength = prefixLength;
        var first = Peek(0);
        if (first >= 0 && (TurtleChars.IsNameStartU((char)first) || first == ':' || IsDigit(first) || first is '%' or '\\' || IsSurrogatePairAt(0)))
        {
            _lastGoodScratch = 0;
            var lastGood = SkipNameChars(allowColon: true, allowEscapes: true);
            _position = lastGood;
            if (_valueInScratch)
            {
                _scratchLength = _lastGoodScratch;
            }
        }

        _valueOffset = 0;
        _valueLength = _position - _tokenStart;
        Kind = TurtleTokenKind.PrefixedName;
    }

    private void ScanAtWord()
    {
        _position++;
        if (!char.IsAsciiLetter((char)Math.Max(0, Peek(0))))
        {
            throw ErrorHere("expected a language tag or 'prefix', 'base' or 'version' after '@'");
        }

        while (Peek(0) is var c && c >= 0 && (char.IsAsciiLetterOrDigit((char)c) || c == '-'))
        {
            _position++;
        }

        _valueOffset = 1;
        _valueLength = _position - _tokenStart - 1;
        Kind = TurtleTokenKind.AtWord;
    }

    private void ScanNumber()
    {
        if (Peek(0) is '+' or '-')
        {
            _position++;
        }

        var integerDigits = SkipDigits();
        var kind = TurtleTokenKind.Integer;
        if (Peek(0) == '.')
        {
            if (IsDigit(Peek(1)))
            {
                _position++;
                SkipDigits();
                kind = TurtleTokenKind.Decimal;
            }
            else if (integerDigits > 0 && Peek(1) is 'e' or 'E' && IsExponentAt(1))
            {
                _position++;
                kind = TurtleTokenKind.Decimal;
            }
        }

        if (integerDigits == 0 && kind == TurtleTokenKind.Integer)
        {
            throw ErrorHere("expected digits after the sign of a number");
        }

        if (Peek(0) is 'e' or 'E')
        {
            if (!IsExponentAt(0))
            {
                throw ErrorHere("expected digits in the exponent of a double");
            }

            _position++;
            if (Peek(0) is '+' or '-')
            {
                _position++;
            }

            SkipDigits();
            kind = TurtleTokenKind.Double;
        }

        _valueOffset = 0;
        _valueLength = _position - _tokenStart;
        Kind = kind;
    }

    private bool IsExponentAt(int ahead)
    {
        var next = Peek(ahead + 1);
        return IsDigit(next) || (next is '+' or '-' && IsDigit(Peek(ahead + 2)));
    }

    private int SkipDigits()
    {
        var count = 0;
        while (IsDigit(Peek(0)))
        {
            _position++;
            count++;
        }

        return count;
    }

    /// <summary>Formats a code point for messages; used by the parser too.</summary>
    public static string Hex(int codePoint) => codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
