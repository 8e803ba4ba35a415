using System.Globalization;
using System.Text;

namespace Graph.Sparql.Syntax;

/// <summary>
/// Splits a SPARQL query into tokens (the terminals of the SPARQL 1.1 grammar, section 19.8). Signs of
/// numbers are separate tokens: the parser decides whether <c>-</c> is an operator or part of a literal.
/// </summary>
internal sealed class SparqlTokenizer
{
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public SparqlTokenizer(string text) => _text = text;

    /// <summary>Reads every token, ending with <see cref="TokenKind.End"/>.</summary>
    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.End)
            {
                return tokens;
            }
        }
    }

    private Token Next()
    {
        SkipWhitespaceAndComments();
        var start = _position;
        var line = _line;
        var column = _position - _lineStart + 1;
        if (_position >= _text.Length)
        {
            return new Token(TokenKind.End, string.Empty, line, column, start, start);
        }

        var c = _text[_position];
        Token Make(TokenKind kind, string text, string? prefix = null) => new(kind, text, line, column, start, _position, prefix);

        switch (c)
        {
            case '<':
                if (TryReadIriRef(out var iri))
                {
                    return Make(TokenKind.IriRef, iri);
                }

                _position++;
                if (Peek() == '=')
                {
                    _position++;
                    return Make(TokenKind.Punctuation, "<=");
                }

                return Make(TokenKind.Punctuation, "<");
            case '>':
                _position++;
                if (Peek() == '=')
                {
                    _position++;
                    return Make(TokenKind.Punctuation, ">=");
                }

                return Make(TokenKind.Punctuation, ">");
            case '?' or '$':
                if (_position + 1 < _text.Length && IsVarNameStart(_text, _position + 1))
                {
                    _position++;
                    return Make(TokenKind.Variable, ReadVarName());
                }

                if (c == '$')
                {
                    throw Error("a variable name is expected after '$'", line, column);
                }

                _position++;
                return Make(TokenKind.Punctuation, "?");
            case '"' or '\'':
                return Make(TokenKind.String, ReadString(c, line, column));
            case '@':
                _position++;
                return Make(TokenKind.LangTag, ReadLangTag(line, column));
            case '_' when Peek(1) == ':':
                _position += 2;
                return Make(TokenKind.BlankNodeLabel, ReadBlankNodeLabel(line, column));
            case '(':
                _position++;
                if (SkipSpacesThen(')'))
                {
                    return Make(TokenKind.Nil, "()");
                }

                return Make(TokenKind.Punctuation, "(");
            case '[':
                _position++;
                if (SkipSpacesThen(']'))
                {
                    return Make(TokenKind.Anon, "[]");
                }

                return Make(TokenKind.Punctuation, "[");
            case '&':
                if (Peek(1) == '&')
                {
                    _position += 2;
                    return Make(TokenKind.Punctuation, "&&");
                }

                throw Error("'&&' expected", line, column);
            case '|':
                _position++;
                if (Peek() == '|')
                {
                    _position++;
                    return Make(TokenKind.Punctuation, "||");
                }

                return Make(TokenKind.Punctuation, "|");
            case '!':
                _position++;
                if (Peek() == '=')
                {
                    _position++;
                    return Make(TokenKind.Punctuation, "!=");
                }

                return Make(TokenKind.Punctuation, "!");
            case '^':
                _position++;
                if (Peek() == '^')
                {
                    _position++;
                    return Make(TokenKind.Punctuation, "^^");
                }

                return Make(TokenKind.Punctuation, "^");
            case '{' or '}' or ')' or ']' or ';' or ',' or '=' or '+' or '-' or '*' or '/':
                _position++;
                return Make(TokenKind.Punctuation, c.ToString());
            case '.':
                if (_position + 1 < _text.Length && char.IsAsciiDigit(_text[_position + 1]))
                {
                    return ReadNumber(line, column, start);
                }

                _position++;
                return Make(TokenKind.Punctuation, ".");
            case ':':
                _position++;
                return Make(TokenKind.PrefixedName, ReadLocalName(line, column), string.Empty);
        }

        if (char.IsAsciiDigit(c))
        {
            return ReadNumber(line, column, start);
        }

        if (IsPnCharsBase(_text, _position))
        {
            var name = ReadPrefixOrKeyword();
            if (Peek() == ':')
            {
                _position++;
                return Make(TokenKind.PrefixedName, ReadLocalName(line, column), name);
            }

            if (name.EndsWith('.'))
            {
                throw Error($"unexpected '{name}'", line, column);
            }

            return Make(TokenKind.Keyword, name);
        }

        throw Error($"unexpected character '{char.ConvertFromUtf32(char.ConvertToUtf32(_text, _position))}'", line, column);
    }

    private SparqlSyntaxException Error(string message, int line, int column) => new(message, line, column);

    private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void SkipWhitespaceAndComments()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
                _lineStart = _position;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _position++;
            }
            else if (c == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private bool SkipSpacesThen(char close)
    {
        var p = _position;
        var line = _line;
        var lineStart = _lineStart;
        while (p < _text.Length && _text[p] is ' ' or '\t' or '\r' or '\n')
        {
            if (_text[p] == '\n')
            {
                line++;
                lineStart = p + 1;
            }

            p++;
        }

        if (p < _text.Length && _text[p] == close)
        {
            _position = p + 1;
            _line = line;
            _lineStart = lineStart;
            return true;
        }

        return false;
    }

    private bool TryReadIriRef(out string iri)
    {
        var p = _position + 1;
        var builder = new StringBuilder();
        while (p < _text.Length)
        {
            var c = _text[p];
            if (c == '>')
            {
                _position = p + 1;
                iri = builder.ToString();
                return true;
            }

            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`')
            {
                break;
            }

            if (c == '\\')
            {
                if (p + 1 < _text.Length && _text[p + 1] is 'u' or 'U' && TryDecodeUnicodeEscape(p, out var decoded, out var length))
                {
                    builder.Append(decoded);
                    p += length;
                    continue;
                }

                break;
            }

            builder.Append(c);
            p++;
        }

        iri = string.Empty;
        return false;
    }

    private bool TryDecodeUnicodeEscape(int p, out string decoded, out int length)
    {
        var digits = _text[p + 1] == 'u' ? 4 : 8;
        decoded = string.Empty;
        length = 2 + digits;
        if (p + length > _text.Length
            || !int.TryParse(_text.AsSpan(p + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            return false;
        }

        decoded = char.ConvertFromUtf32(code);
        return true;
    }

    private string ReadString(char quote, int line, int column)
    {
        var isLong = Peek(1) == quote && Peek(2) == quote;
        _position += isLong ? 3 : 1;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string", line, column);
            }

            var c = _text[_position];
            if (c == quote)
            {
                if (!isLong)
                {
                    _position++;
                    return builder.ToString();
                }

                if (Peek(1) == quote && Peek(2) == quote)
                {
                    // A long string may end with up to two more quotes before the closing three.
                    while (Peek(3) == quote)
                    {
                        builder.Append(quote);
                        _position++;
                    }

                    _position += 3;
                    return builder.ToString();
                }

                builder.Append(c);
                _position++;
                continue;
            }

            if (c == '\\')
            {
                var e = Peek(1);
                switch (e)
                {
                    case 't': builder.Append('\t'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'f': builder.Append('\f'); break;
                    case '"': builder.Append('"'); break;
                    case '\'': builder.Append('\''); break;
                    case '\\': builder.Append('\\'); break;
                    case 'u' or 'U':
                        if (!TryDecodeUnicodeEscape(_position, out var decoded, out var length))
                        {
                            throw Error("invalid \\u escape in a string", _line, _position - _lineStart + 1);
                        }

                        builder.Append(decoded);
                        _position += length;
                        continue;
                    default:
                        throw Error($"invalid escape '\\{e}' in a string", _line, _position - _lineStart + 1);
                }

                _position += 2;
                continue;
            }

            if (!isLong && c is '\n' or '\r')
            {
                throw Error("a line break is not allowed in a short string", line, column);
            }

            if (c == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }

            builder.Append(c);
            _position++;
        }
    }

    private string ReadLangTag(int line, int column)
    {
        var start = _position;
        while (char.IsAsciiLetter(Peek()))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Error("a language tag is expected after '@'", line, column);
        }

        while (Peek() == '-' && char.IsAsciiLetterOrDigit(Peek(1)))
        {
            _position++;
            while (char.IsAsciiLetterOrDigit(Peek()))
            {
                _position++;
            }
        }

        return _text[start.._position];
    }

    private Token ReadNumber(int line, int column, int start)
    {
        while (char.IsAsciiDigit(Peek()))
        {
            _position++;
        }

        var kind = TokenKind.Integer;
        if (Peek() == '.' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is 'e' or 'E' && _position > start)))
        {
            _position++;
            kind = TokenKind.Decimal;
            while (char.IsAsciiDigit(Peek()))
            {
                _position++;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            var p = _position + 1;
            if (p < _text.Length && _text[p] is '+' or '-')
            {
                p++;
            }

            if (p < _text.Length && char.IsAsciiDigit(_text[p]))
            {
                _position = p;
                while (char.IsAsciiDigit(Peek()))
                {
                    _position++;
                }

                kind = TokenKind.Double;
            }
            else
            {
                throw Error("digits expected in the exponent", line, column);
            }
        }

        return new Token(kind, _text[start.._position], line, column, start, _position);
    }

    private string ReadVarName()
    {
        var start = _position;
        while (_position < _text.Length && IsVarNameChar(_text, _position))
        {
            _position += char.IsHighSurrogate(_text[_position]) ? 2 : 1;
        }

        return _text[start.._position];
    }

    private string ReadPrefixOrKeyword()
    {
        var start = _position;
        while (_position < _text.Length && (IsPnChars(_text, _position) || _text[_position] == '.'))
        {
            _position += char.IsHighSurrogate(_text[_position]) ? 2 : 1;
        }

        // A prefix cannot end with '.', so give trailing dots back (they end a triple).
        while (_position > start + 1 && _text[_position - 1] == '.')
        {
            _position--;
        }

        return _text[start.._position];
    }

    private string ReadBlankNodeLabel(int line, int column)
    {
        if (_position >= _text.Length || !(IsPnCharsU(_text, _position) || char.IsAsciiDigit(_text[_position])))
        {
            throw Error("a blank node label is expected after '_:'", line, column);
        }

        var start = _position;
        _position += char.IsHighSurrogate(_text[_position]) ? 2 : 1;
        while (_position < _text.Length && (IsPnChars(_text, _position) || _text[_position] == '.'))
        {
            _position += char.IsHighSurrogate(_text[_position]) ? 2 : 1;
        }

        while (_text[_position - 1] == '.')
        {
            _position--;
        }

        return _text[start.._position];
    }

    private string ReadLocalName(int line, int column)
    {
        var builder = new StringBuilder();
        var first = true;
        var escapedLength = 0;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '%')
            {
                if (_position + 2 < _text.Length && char.IsAsciiHexDigit(_text[_position + 1]) && char.IsAsciiHexDigit(_text[_position + 2]))
                {
                    builder.Append(_text, _position, 3);
                    _position += 3;
                    first = false;
                    continue;
                }

                throw Error("'%' must be followed by two hexadecimal digits in a prefixed name", line, column);
            }

            if (c == '\\')
            {
                if (_position + 1 < _text.Length && "_~.-!$&'()*+,;=/?#@%".Contains(_text[_position + 1], StringComparison.Ordinal))
                {
                    builder.Append(_text[_position + 1]);
                    _position += 2;
                    first = false;
                    escapedLength = builder.Length;
                    continue;
                }

                throw Error("invalid escape in a prefixed name", line, column);
            }

            var ok = first
                ? IsPnCharsU(_text, _position) || c == ':' || char.IsAsciiDigit(c)
                : IsPnChars(_text, _position) || c is '.' or ':';
            if (!ok)
            {
                break;
            }

            var width = char.IsHighSurrogate(c) ? 2 : 1;
            builder.Append(_text, _position, width);
            _position += width;
            first = false;
        }

        // A local name cannot end with '.': the dot ends the triple.
        while (builder.Length > escapedLength && builder[^1] == '.' && _text[_position - 1] == '.')
        {
            builder.Length--;
            _position--;
        }

        return builder.ToString();
    }

    private static bool IsVarNameStart(string s, int i) => IsPnCharsU(s, i) || char.IsAsciiDigit(s[i]);

    private static bool IsVarNameChar(string s, int i)
    {
        var c = s[i];
        return IsPnCharsU(s, i) || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || c is '\u203F' or '\u2040';
    }

    private static bool IsPnCharsU(string s, int i) => s[i] == '_' || IsPnCharsBase(s, i);

    private static bool IsPnChars(string s, int i)
    {
        var c = s[i];
        return IsPnCharsU(s, i) || c == '-' || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || c is '\u203F' or '\u2040';
    }

    private static bool IsPnCharsBase(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
            {
                return false;
            }

            var code = char.ConvertToUtf32(c, s[i + 1]);
            return code >= 0x10000 && code <= 0xEFFFF;
        }

        return char.IsAsciiLetter(c)
            || (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6') || (c >= '\u00F8' && c <= '\u02FF')
            || (c >= '\u0370' && c <= '\u037D') || (c >= '\u037F' && c <= '\u1FFF') || (c >= '\u200C' && c <= '\u200D')
            || (c >= '\u2070' && c <= '\u218F') || (c >= '\u2C00' && c <= '\u2FEF') || (c >= '\u3001' && c <= '\uD7FF')
            || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFFD');
    }
}
