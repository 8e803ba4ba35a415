using System.Globalization;
using System.Text;

namespace Graph.Rdf;

/// <summary>
/// Writes the difference between two non-isomorphic quad sets for a person reading a failed test:
/// quads are compared with each blank node replaced by a label derived from its surroundings, so a
/// blank node that plays the same role on both sides compares equal and only real differences show.
/// </summary>
internal static class IsomorphismReport
{
    private const int MaxLines = 40;

    public static string Describe(QuadSet expected, QuadSet actual)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"expected {expected.Ground.Count + expected.NonGround.Count} quads ({expected.Blanks.Count} blank nodes), ")
          .Append(CultureInfo.InvariantCulture,
            $"actual {actual.Ground.Count + actual.NonGround.Count} quads ({actual.Blanks.Count} blank nodes)\n");

        var expectedLines = Canonical(expected);
        var actualLines = Canonical(actual);
        var missing = Subtract(expectedLines, actualLines);
        var extra = Subtract(actualLines, expectedLines);
        if (missing.Count == 0 && extra.Count == 0)
        {
            sb.Append("every quad matches by the role of its blank nodes, but no consistent renaming of the blank nodes exists\n");
        }

        AppendSection(sb, "missing from actual", missing);
        AppendSection(sb, "unexpected in actual", extra);
        return sb.ToString();
    }

    private static void AppendSection(StringBuilder sb, string title, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        sb.Append(CultureInfo.InvariantCulture, $"{title} ({lines.Count}):\n");
        foreach (var line in lines.Take(MaxLines))
        {
            sb.Append("  ").Append(line).Append('\n');
        }

        if (lines.Count > MaxLines)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  … and {lines.Count - MaxLines} more\n");
        }
    }

    private static List<string> Subtract(List<string> from, List<string> remove)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in remove)
        {
            counts[line] = counts.GetValueOrDefault(line) + 1;
        }

        var result = new List<string>();
        foreach (var line in from)
        {
            if (counts.TryGetValue(line, out var n) && n > 0)
            {
                counts[line] = n - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>Each quad as text, blank nodes labelled by a short hash of their refined colour.</summary>
    private static List<string> Canonical(QuadSet set)
    {
        var colours = new ulong[set.Blanks.Count];
        for (var round = 0; round < 8; round++)
        {
            colours = set.RefineOnce(colours);
        }

        var lines = new List<string>();
        foreach (var quad in set.Ground.Concat(set.NonGround))
        {
            lines.Add(Format(quad, set, colours));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Format(in Quad quad, QuadSet set, ulong[] colours)
    {
        var sb = new StringBuilder();
        AppendTerm(sb, quad.Subject, set, colours);
        sb.Append(' ');
        AppendTerm(sb, quad.Predicate, set, colours);
        sb.Append(' ');
        AppendTerm(sb, quad.Object, set, colours);
        if (quad.Graph is not null)
        {
            sb.Append(' ');
            AppendTerm(sb, quad.Graph, set, colours);
        }

        return sb.Append(" .").ToString();
    }

    private static void AppendTerm(StringBuilder sb, Term term, QuadSet set, ulong[] colours)
    {
        switch (term)
        {
            case Iri iri:
                sb.Append('<').Append(iri.Value).Append('>');
                break;
            case BlankNode blank:
                sb.Append("_:c").Append((colours[set.IndexOf(blank)] & 0xFFFF_FFFFUL).ToString("x8", CultureInfo.InvariantCulture));
                break;
            case Literal literal:
                sb.Append('"');
                foreach (var c in literal.LexicalForm)
                {
                    _ = c switch
                    {
                        '"' => sb.Append("\\\""),
                        '\\' => sb.Append("\\\\"),
                        '\n' => sb.Append("\\n"),
                        '\r' => sb.Append("\\r"),
                        _ when char.IsControl(c) => sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                        _ => sb.Append(c),
                    };
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
                else if (literal.Datatype != Vocabularies.Vocab.Xsd.String)
                {
                    sb.Append("^^<").Append(literal.Datatype.Value).Append('>');
                }

                break;
            case TripleTerm t:
                sb.Append("<<( ");
                AppendTerm(sb, t.Triple.Subject, set, colours);
                sb.Append(' ');
                AppendTerm(sb, t.Triple.Predicate, set, colours);
                sb.Append(' ');
                AppendTerm(sb, t.Triple.Object, set, colours);
                sb.Append(" )>>");
                break;
        }
    }
}
