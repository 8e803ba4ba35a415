using System.Globalization;
using System.Text;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Sparql.Results;

/// <summary>
/// Parses one RDF term written in Turtle syntax without prefixes, as TSV results write them:
/// <c>&lt;iri&gt;</c>, <c>_:label</c>, quoted literals with <c>@lang</c> or <c>^^&lt;datatype&gt;</c>, bare
/// numbers and booleans, and <c>&lt;&lt;( s p o )&gt;&gt;</c> triple terms.
/// </summary>
internal sealed class TurtleTermParser
{
    private readonly string _text;
    private int _position;

    private TurtleTermParser(string text) => _text = text;

    /// <summary>Parses the whole of <paramref name="text"/> as one term; returns null with a reason when it is not one.</summary>
    public static Term? TryParse(string text, out string? error, out int errorColumn)
    {
        var parser = new TurtleTermParser(text);
        try
        {
            var term = parser.ParseTerm();
            parser.SkipSpaces();
            if (parser._position != text.Length)
            {
                throw new FormatException("unexpected text after the term");
            }

            error = null;
            errorColumn = 0;
            return term;
        }
        catch (FormatException e)
        {
            error = e.Message;
            errorColumn = parser._position + 1;
            return null;
        }
    }

    private Term ParseTerm()
    {
        SkipSpaces();
        if (_position >= _text.Length)
        {
            throw new FormatException("a term was expected");
        }

        var c = _text[_position];
        if (c == '<')
        {
            return _text.AsSpan(_position).StartsWith("<<(") ? ParseTripleTerm() : ParseIri();
        }

        if (c == '_' && _position + 1 < _text.Length && _text[_position + 1] == ':')
        {
            _position += 2;
            var start = _position;
            while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && _text[_position] != ')')
            {
                _position++;
            }

            return _position > start ? new BlankNode(_text[start.._position]) : throw new FormatException("a blank node label was expected");
        }

        if (c is '"' or '\'')
        {
            return ParseLiteral();
        }

        return ParseBareToken();
    }

    private TripleTerm ParseTripleTerm()
    {
        _position += 3;
        var subject = ParseTerm();
        var predicate = ParseTerm() as Iri ?? throw new FormatException("a triple term's predicate must be an IRI");
        var obj = ParseTerm();
        SkipSpaces();
        if (!_text.AsSpan(_position).StartsWith(")>>"))
        {
            throw new FormatException("')>>' was expected to close the triple term");
        }

        _position += 3;
        return new TripleTerm(new Triple(subject, predicate, obj));
    }

    private Iri ParseIri()
    {
        _position++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new FormatException("the IRI is not closed with '>'");
            }

            var c = _text[_position++];
            if (c == '>')
            {
                break;
            }

            if (c == '\\')
            {
                AppendEscape(sb, allowCharacterEscapes: false);
            }
            else
            {
                sb.Append(c);
            }
        }

        var value = sb.ToString();
        return Iri.TryParse(value, out var iri, out var reason) ? iri! : throw new FormatException($"<{value}> is not an IRI: {reason}");
    }

    private Literal ParseLiteral()
    {
        var quote = _text[_position];
        var isLong = _text.AsSpan(_position).StartsWith(new string(quote, 3));
        _position += isLong ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new FormatException("the string is not closed");
            }

            var c = _text[_position];
            if (c == quote && (!isLong || _text.AsSpan(_position).StartsWith(new string(quote, 3))))
            {
                _position += isLong ? 3 : 1;
                break;
            }

            _position++;
            if (c == '\\')
            {
                AppendEscape(sb, allowCharacterEscapes: true);
            }
            else
            {
                sb.Append(c);
            }
        }

        var lexical = sb.ToString();
        if (_position < _text.Length && _text[_position] == '@')
        {
            var start = ++_position;
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '-'))
            {
                _position++;
            }

            var tag = _text[start.._position];
            var dash = tag.IndexOf("--", StringComparison.Ordinal);
            return dash > 0 ? Literal.LangString(lexical, tag[..dash], tag[(dash + 2)..]) : Literal.LangString(lexical, tag);
        }

        if (_text.AsSpan(_position).StartsWith("^^"))
        {
            _position += 2;
            if (_position >= _text.Length || _text[_position] != '<')
            {
                throw new FormatException("a datatype IRI in <...> was expected after '^^'");
            }

            return Literal.Typed(lexical, ParseIri());
        }

        return Literal.String(lexical);
    }

    private Literal ParseBareToken()
    {
        var start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && _text[_position] != ')')
        {
            _position++;
        }

        var token = _text[start.._position];
        if (token is "true" or "false")
        {
            return Literal.Typed(token, Vocab.Xsd.Boolean);
        }

        var unsigned = token.TrimStart('+', '-');
        if (unsigned.Length == 0 || token.Length - unsigned.Length > 1 || !(char.IsAsciiDigit(unsigned[0]) || unsigned[0] == '.'))
        {
            _position = start;
            throw new FormatException($"'{token}' is not an RDF term");
        }

        if (token.IndexOfAny(['e', 'E']) >= 0)
        {
            return Functions.Values.Numeric.TryParseDouble(token, out _) ? Literal.Typed(token, Vocab.Xsd.Double) : throw new FormatException($"'{token}' is not a number");
        }

        if (token.Contains('.', StringComparison.Ordinal))
        {
            return Functions.Values.Numeric.TryParseDecimal(token, out _) ? Literal.Typed(token, Vocab.Xsd.Decimal) : throw new FormatException($"'{token}' is not a number");
        }

        return Functions.Values.Numeric.TryParseInteger(token, out _) ? Literal.Typed(token, Vocab.Xsd.Integer) : throw new FormatException($"'{token}' is not a number");
    }

    private void AppendEscape(StringBuilder sb, bool allowCharacterEscapes)
    {
        if (_position >= _text.Length)
        {
            throw new FormatException("an escape sequence is cut short");
        }

        var c = _text[_position++];
        switch (c)
        {
            case 'u':
            case 'U':
                var length = c == 'u' ? 4 : 8;
                if (_position + length > _text.Length
                    || !int.TryParse(_text.AsSpan(_position, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
                {
                    throw new FormatException("a \\u or \\U escape is not a valid code point");
                }

                sb.Append(char.ConvertFromUtf32(code));
                _position += length;
                return;
            case 't' when allowCharacterEscapes: sb.Append('\t'); return;
            case 'b' when allowCharacterEscapes: sb.Append('\b'); return;
            case 'n' when allowCharacterEscapes: sb.Append('\n'); return;
            case 'r' when allowCharacterEscapes: sb.Append('\r'); return;
            case 'f' when allowCharacterEscapes: sb.Append('\f'); return;
            case '"' or '\'' or '\\' when allowCharacterEscapes: sb.Append(c); return;
            default:
                throw new FormatException($"'\\{c}' is not a valid escape here");
        }
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t')
        {
            _position++;
        }
    }
}
