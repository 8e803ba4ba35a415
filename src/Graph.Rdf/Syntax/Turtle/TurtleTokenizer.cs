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
internal sealed partial class TurtleTokenizer
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


    /// <summary>Formats a code point for messages; used by the parser too.</summary>
    public static string Hex(int codePoint) => codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
