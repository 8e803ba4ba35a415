using System.Text;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Results;

/// <summary>Writes terms in the Turtle / N-Triples syntax used by TSV results and the terminal table.</summary>
public static class SparqlTermFormatter
{
    /// <summary>
    /// The term in Turtle syntax: <c>&lt;iri&gt;</c>, <c>_:label</c>, <c>"text"@en</c>, <c>"x"^^&lt;dt&gt;</c>; integers,
    /// decimals, doubles and booleans whose lexical form is valid Turtle are written bare (<c>4</c>, <c>5.5</c>, <c>true</c>).
    /// </summary>
    public static string Format(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var sb = new StringBuilder();
        Append(sb, term);
        return sb.ToString();
    }

    /// <summary>Appends <see cref="Format"/> of the term.</summary>
    public static void Append(StringBuilder sb, Term term)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (term)
        {
            case Iri iri:
                sb.Append('<');
                AppendIri(sb, iri.Value);
                sb.Append('>');
                break;
            case BlankNode blank:
                sb.Append("_:").Append(blank.Label);
                break;
            case Literal literal:
                AppendLiteral(sb, literal);
                break;
            case TripleTerm triple:
                sb.Append("<<( ");
                Append(sb, triple.Triple.Subject);
                sb.Append(' ');
                Append(sb, triple.Triple.Predicate);
                sb.Append(' ');
                Append(sb, triple.Triple.Object);
                sb.Append(" )>>");
                break;
        }
    }

    private static void AppendLiteral(StringBuilder sb, Literal literal)
    {
        if (literal.Language is null && IsBareToken(literal))
        {
            sb.Append(literal.LexicalForm);
            return;
        }

        sb.Append('"');
        foreach (var c in literal.LexicalForm)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        if (literal.Language is not null)
        {
            sb.Append('@').Append(literal.Language);
            if (literal.Direction is not null)
            {
                sb.Append("--").Append(literal.Direction);
            }
        }
        else if (literal.Datatype != Vocab.Xsd.String)
        {
            sb.Append("^^<");
            AppendIri(sb, literal.Datatype.Value);
            sb.Append('>');
        }
    }

    /// <summary>True when Turtle's bare number or boolean syntax reads back as exactly this literal.</summary>
    private static bool IsBareToken(Literal literal)
    {
        var datatype = literal.Datatype;
        var text = literal.LexicalForm;
        if (datatype == Vocab.Xsd.Boolean)
        {
            return text is "true" or "false";
        }

        if (datatype == Vocab.Xsd.Integer)
        {
            return Numeric.TryParseInteger(text, out _);
        }

        if (datatype == Vocab.Xsd.Decimal)
        {
            // Turtle decimals need a point followed by a digit.
            var point = text.IndexOf('.', StringComparison.Ordinal);
            return point >= 0 && point < text.Length - 1 && Numeric.TryParseDecimal(text, out _);
        }

        if (datatype == Vocab.Xsd.Double)
        {
            return text.IndexOfAny(['e', 'E']) > 0 && Numeric.TryParseDouble(text, out _) && !text.Contains("INF", StringComparison.Ordinal);
        }

        return false;
    }

    private static void AppendIri(StringBuilder sb, string iri)
    {
        foreach (var c in iri)
        {
            if (c is '>' or '\\' or '"' or '<' or '{' or '}' or '|' or '^' or '`' || c <= 0x20)
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
