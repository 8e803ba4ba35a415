using System.Globalization;
using System.Text;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Tests.Conformance.JsonLd;

/// <summary>
/// A small N-Quads parser for the expected files of the JSON-LD suite (well-formed by construction),
/// and for the fromRdf inputs. Blank node predicates are accepted (generalized RDF).
/// </summary>
internal static class NQuadsTestParser
{
    public static List<Quad> Parse(string text)
    {
        var quads = new List<Quad>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var position = 0;
            var terms = new List<Term>();
            while (true)
            {
                SkipSpace(line, ref position);
                if (position >= line.Length || line[position] == '.')
                {
                    break;
                }

                terms.Add(ReadTerm(line, ref position));
            }

            if (terms.Count is < 3 or > 4)
            {
                throw new FormatException($"not a quad: {line}");
            }

            var predicate = terms[1] as Iri ?? Iri.FromTrusted("_:" + ((BlankNode)terms[1]).Label);
            quads.Add(new Quad(terms[0], predicate, terms[2], terms.Count == 4 ? terms[3] : null));
        }

        return quads;
    }

    private static void SkipSpace(string line, ref int position)
    {
        while (position < line.Length && line[position] is ' ' or '\t')
        {
            position++;
        }
    }

    private static Term ReadTerm(string line, ref int position)
    {
        switch (line[position])
        {
            case '<':
                var end = line.IndexOf('>', position);
                var iri = Unescape(line[(position + 1)..end]);
                position = end + 1;
                return Iri.FromTrusted(iri);
            case '_':
                var start = position + 2;
                position = start;
                while (position < line.Length && line[position] is not (' ' or '\t'))
                {
                    position++;
                }

                if (line[position - 1] == '.')
                {
                    position--;
                }

                return new BlankNode(line[start..position]);
            case '"':
                return ReadLiteral(line, ref position);
            default:
                throw new FormatException($"unexpected '{line[position]}' in {line}");
        }
    }

    private static Literal ReadLiteral(string line, ref int position)
    {
        var sb = new StringBuilder();
        position++;
        while (line[position] != '"')
        {
            if (line[position] == '\\')
            {
                position++;
                var c = line[position];
                switch (c)
                {
                    case 'u':
                        sb.Append(char.ConvertFromUtf32(int.Parse(line.AsSpan(position + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        position += 4;
                        break;
                    case 'U':
                        sb.Append(char.ConvertFromUtf32(int.Parse(line.AsSpan(position + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                        position += 8;
                        break;
                    default:
                        sb.Append(c switch { 't' => '\t', 'b' => '\b', 'n' => '\n', 'r' => '\r', 'f' => '\f', _ => c });
                        break;
                }
            }
            else
            {
                sb.Append(line[position]);
            }

            position++;
        }

        position++;
        var lexical = sb.ToString();
        if (position < line.Length && line[position] == '@')
        {
            var start = ++position;
            while (position < line.Length && (char.IsAsciiLetterOrDigit(line[position]) || line[position] == '-'))
            {
                position++;
            }

            var tag = line[start..position];
            var dash = tag.IndexOf("--", StringComparison.Ordinal);
            return dash > 0 ? Literal.LangString(lexical, tag[..dash], tag[(dash + 2)..]) : Literal.LangString(lexical, tag);
        }

        if (position + 1 < line.Length && line[position] == '^')
        {
            position += 2;
            var end = line.IndexOf('>', position);
            var datatype = Unescape(line[(position + 1)..end]);
            position = end + 1;
            return new Literal(lexical, Iri.FromTrusted(datatype));
        }

        return new Literal(lexical, Vocab.Xsd.String);
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && text[i + 1] is 'u' or 'U')
            {
                var length = text[i + 1] == 'u' ? 4 : 8;
                sb.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(i + 2, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                i += length + 1;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }
}
