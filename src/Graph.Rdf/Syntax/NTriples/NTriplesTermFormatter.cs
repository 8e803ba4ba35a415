using System.Buffers;
using System.Globalization;
using Graph.Rdf.Vocabularies;

namespace Graph.Rdf.Syntax.NTriples;

/// <summary>
/// Formats terms in the canonical N-Triples form (RDF 1.2 N-Triples, section "Canonical form"):
/// IRIs without escapes, strings with only the required escapes (<c>\"</c>, <c>\\</c>, <c>\n</c>,
/// <c>\r</c>, <c>\t</c>, <c>\b</c>, <c>\f</c>, and <c>\uXXXX</c> for other controls, U+007F,
/// U+FFFE and U+FFFF), language tags in lower case. What no syntax can carry (a lone surrogate,
/// an IRI with a character IRIREF forbids, a malformed language tag) raises <see cref="RdfWriteException"/>.
/// The Turtle-family writers share it.
/// </summary>
internal static class NTriplesTermFormatter
{
    /// <summary>Characters that cannot appear in an IRIREF, plus surrogates (checked for pairing).</summary>
    private static readonly SearchValues<char> IriSpecials = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\" + SurrogateRange());

    /// <summary>Characters that must be escaped in a quoted string, plus surrogates (checked for pairing).</summary>
    private static readonly SearchValues<char> StringSpecials = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\"\\\u007F\uFFFE\uFFFF" + SurrogateRange());

    /// <summary>The label prefix reserved for relabelled blank nodes (see <see cref="WriteBlankNode"/>).</summary>
    private const string EncodedLabelPrefix = "x_";

    /// <summary>Writes a subject, object or graph name: IRI, blank node, literal or triple term.</summary>
    public static void WriteTerm(RdfTextOutput output, Term term)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(output, iri);
                break;
            case BlankNode blank:
                WriteBlankNode(output, blank);
                break;
            case Literal literal:
                WriteLiteral(output, literal);
                break;
            case TripleTerm tripleTerm:
                WriteTripleTerm(output, tripleTerm.Triple, 0);
                break;
            default:
                throw new RdfWriteException($"unknown term {term}");
        }
    }

    /// <summary>Writes <c>&lt;iri&gt;</c>, refusing an IRI that IRIREF cannot carry.</summary>
    public static void WriteIri(RdfTextOutput output, Iri iri)
    {
        var value = iri.Value;
        CheckIri(value);
        output.Append('<');
        output.Append(value);
        output.Append('>');
    }

    /// <summary>Throws when <paramref name="value"/> is not an absolute IRI that IRIREF can carry.</summary>
    public static void CheckIri(string value)
    {
        if (RdfCharClasses.SchemeLength(value) <= 0)
        {
            throw new RdfWriteException($"the IRI <{Display(value)}> is not absolute (it has no scheme) and cannot be written");
        }

        var span = value.AsSpan();
        var offset = 0;
        while (true)
        {
            var i = span[offset..].IndexOfAny(IriSpecials);
            if (i < 0)
            {
                return;
            }

            i += offset;
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                offset = i + 2;
                continue;
            }

            var what = char.IsSurrogate(c) ? "a lone surrogate" : "the character";
            throw new RdfWriteException(
                $"the IRI <{Display(value)}> contains {what} U+{(int)c:X4} at position {i}, which no IRI may contain; it cannot be written");
        }
    }

    /// <summary>
    /// Writes <c>_:label</c>. A label that is not a valid BLANK_NODE_LABEL (or that starts with the
    /// reserved <c>x_</c>) is written as <c>x_</c> and the hexadecimal UTF-16 code units of the
    /// label: the mapping is injective, needs no memory, and gives the same output every time.
    /// </summary>
    public static void WriteBlankNode(RdfTextOutput output, BlankNode blank)
    {
        output.Append('_', ':');
        var label = blank.Label;
        if (RdfCharClasses.IsBlankNodeLabel(label) && !label.StartsWith(EncodedLabelPrefix, StringComparison.Ordinal))
        {
            output.Append(label);
            return;
        }

        output.Append(EncodedLabelPrefix);
        Span<char> hex = stackalloc char[4];
        foreach (var c in label)
        {
            ((int)c).TryFormat(hex, out _, "X4", CultureInfo.InvariantCulture);
            output.Append(hex);
        }
    }

    /// <summary>Writes a literal in its full N-Triples form (no Turtle abbreviations).</summary>
    public static void WriteLiteral(RdfTextOutput output, Literal literal)
    {
        WriteQuotedString(output, literal.LexicalForm);
        if (literal.Language is not null)
        {
            WriteLanguage(output, literal);
        }
        else if (!ReferenceEquals(literal.Datatype, Vocab.Xsd.String) && literal.Datatype.Value != Vocab.Xsd.String.Value)
        {
            if (literal.Datatype.Value is Vocab.Rdf.Namespace + "langString" or Vocab.Rdf.Namespace + "dirLangString")
            {
                throw new RdfWriteException($"the literal \"{Display(literal.LexicalForm)}\" has datatype {literal.Datatype} but no language tag; it cannot be written");
            }

            output.Append('^', '^');
            WriteIri(output, literal.Datatype);
        }
    }

    /// <summary>Writes <c>@tag</c> or <c>@tag--dir</c>, the tag in lower case.</summary>
    public static void WriteLanguage(RdfTextOutput output, Literal literal)
    {
        var language = literal.Language!;
        if (!RdfCharClasses.IsLanguageTag(language))
        {
            throw new RdfWriteException($"the language tag '{Display(language)}' is not well formed and cannot be written");
        }

        output.Append('@');
        Span<char> lower = language.Length <= 64 ? stackalloc char[language.Length] : new char[language.Length];
        language.AsSpan().ToLowerInvariant(lower);
        output.Append(lower);
        if (literal.Direction is not null)
        {
            if (!RdfCharClasses.IsDirection(literal.Direction))
            {
                throw new RdfWriteException($"the base direction '{Display(literal.Direction)}' is neither 'ltr' nor 'rtl' and cannot be written");
            }

            output.Append('-', '-');
            output.Append(literal.Direction);
        }
    }

    /// <summary>Writes <c>"text"</c> with the canonical escapes.</summary>
    public static void WriteQuotedString(RdfTextOutput output, string text)
    {
        output.Append('"');
        WriteEscaped(output, text);
        output.Append('"');
    }

    /// <summary>Writes the body of a quoted string with the canonical escapes (no quotes around it).</summary>
    public static void WriteEscaped(RdfTextOutput output, string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var i = span.IndexOfAny(StringSpecials);
            if (i < 0)
            {
                output.Append(span);
                return;
            }

            output.Append(span[..i]);
            var c = span[i];
            switch (c)
            {
                case '"':
                    output.Append('\\', '"');
                    break;
                case '\\':
                    output.Append('\\', '\\');
                    break;
                case '\n':
                    output.Append('\\', 'n');
                    break;
                case '\r':
                    output.Append('\\', 'r');
                    break;
                case '\t':
                    output.Append('\\', 't');
                    break;
                case '\b':
                    output.Append('\\', 'b');
                    break;
                case '\f':
                    output.Append('\\', 'f');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                    {
                        output.Append(span.Slice(i, 2));
                        i++;
                        break;
                    }

                    if (char.IsSurrogate(c))
                    {
                        throw new RdfWriteException(
                            $"the string \"{Display(text)}\" contains a lone surrogate U+{(int)c:X4} at position {i}, which no RDF syntax can carry; it cannot be written");
                    }

                    WriteUchar(output, c);
                    break;
            }

            span = span[(i + 1)..];
        }
    }

    /// <summary>Writes a triple term <c>&lt;&lt;( s p o )&gt;&gt;</c>.</summary>
    public static void WriteTripleTerm(RdfTextOutput output, in Triple triple, int depth)
    {
        if (depth > 64)
        {
            throw new RdfWriteException("triple terms are nested more than 64 deep");
        }

        output.Append("<<( ");
        WriteSubject(output, triple.Subject);
        output.Append(' ');
        WriteIri(output, triple.Predicate);
        output.Append(' ');
        if (triple.Object is TripleTerm nested)
        {
            WriteTripleTerm(output, nested.Triple, depth + 1);
        }
        else
        {
            WriteTerm(output, triple.Object);
        }

        output.Append(" )>>");
    }

    /// <summary>Writes a subject, which must be an IRI or a blank node.</summary>
    public static void WriteSubject(RdfTextOutput output, Term subject) => WriteResource(output, subject, "a subject");

    /// <summary>Writes a graph name, which must be an IRI or a blank node.</summary>
    public static void WriteGraphName(RdfTextOutput output, Term graph) => WriteResource(output, graph, "a graph name");

    private static void WriteResource(RdfTextOutput output, Term term, string role)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(output, iri);
                break;
            case BlankNode blank:
                WriteBlankNode(output, blank);
                break;
            default:
                throw new RdfWriteException($"{role} must be an IRI or a blank node, not {Display(term.ToString())}");
        }
    }

    private static void WriteUchar(RdfTextOutput output, char c)
    {
        Span<char> escape = stackalloc char[6];
        escape[0] = '\\';
        escape[1] = 'u';
        ((int)c).TryFormat(escape[2..], out _, "X4", CultureInfo.InvariantCulture);
        output.Append(escape);
    }

    /// <summary>A short, printable rendering of hostile text for error messages.</summary>
    internal static string Display(string text)
    {
        var shown = text.Length > 80 ? text[..80] + "…" : text;
        var sb = new System.Text.StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string SurrogateRange()
    {
        var chars = new char[0xE000 - 0xD800];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(0xD800 + i);
        }

        return new string(chars);
    }
}
