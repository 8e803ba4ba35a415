using System.Globalization;
using System.Runtime.CompilerServices;

namespace Graph.Rdf.Syntax.Turtle;

/// <summary>The terminals of Turtle and TriG: IRIs, strings, blank node labels, names and numbers.</summary>
internal sealed partial class TurtleTokenizer
{
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
}
