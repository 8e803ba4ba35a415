using System.Globalization;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions.Values;
using RdfIri = Graph.Rdf.Iri;
using RdfTriple = Graph.Rdf.Triple;

namespace Graph.Sparql.Functions;

/// <summary>The functions on RDF terms (17.4.2). Each returns null for a type error.</summary>
internal static class TermFunctions
{
    public static Term? IsIri(ReadOnlySpan<Term?> args, FunctionContext context) => Test(args, t => t is RdfIri);

    public static Term? IsBlank(ReadOnlySpan<Term?> args, FunctionContext context) => Test(args, t => t is BlankNode);

    public static Term? IsLiteral(ReadOnlySpan<Term?> args, FunctionContext context) => Test(args, t => t is Literal);

    public static Term? IsNumeric(ReadOnlySpan<Term?> args, FunctionContext context) => Test(args, t => Numeric.TryFrom(t, out _));

    public static Term? IsTriple(ReadOnlySpan<Term?> args, FunctionContext context) => Test(args, t => t is TripleTerm);

    public static Term? SameTerm(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args.Length == 2 && Operators.SameTerm(args[0], args[1]) is { } same ? Literal.Boolean(same) : null;

    public static Term? Str(ReadOnlySpan<Term?> args, FunctionContext context) => args is [var t] ? t switch
    {
        RdfIri iri => Literal.String(iri.Value),
        Literal literal => Literal.String(literal.LexicalForm),
        _ => null,
    }
    : null;

    public static Term? Lang(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args is [Literal literal] ? Literal.String(literal.Language ?? string.Empty) : null;

    public static Term? Datatype(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args is [Literal literal] ? literal.Datatype : null;

    public static Term? Iri(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args is not [var t])
        {
            return null;
        }

        if (t is RdfIri)
        {
            return t;
        }

        if (!XsdTypes.IsSimpleString(t))
        {
            return null;
        }

        var text = ((Literal)t!).LexicalForm;
        if (RdfIri.TryParse(text, out var absolute, out _))
        {
            return absolute;
        }

        if (context.BaseIri is null)
        {
            return null;
        }

        try
        {
            return context.BaseIri.Resolve(text);
        }
        catch (IriFormatException)
        {
            return null;
        }
    }

    public static Term? BNode(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args.Length == 0)
        {
            return BlankNode.New();
        }

        if (args is not [var t] || !XsdTypes.IsSimpleString(t))
        {
            return null;
        }

        var label = ((Literal)t!).LexicalForm;
        if (!context.BlankNodesOfSolution.TryGetValue(label, out var node))
        {
            node = BlankNode.New();
            context.BlankNodesOfSolution.Add(label, node);
        }

        return node;
    }

    public static Term? StrDt(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args is not [var lexical, RdfIri datatype] || !XsdTypes.IsSimpleString(lexical)
            || datatype == Vocab.Rdf.LangString || datatype == Vocab.Rdf.DirLangString)
        {
            return null;
        }

        return Literal.Typed(((Literal)lexical!).LexicalForm, datatype);
    }

    public static Term? StrLang(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args is not [var lexical, var language] || !XsdTypes.IsSimpleString(lexical) || !XsdTypes.IsSimpleString(language))
        {
            return null;
        }

        var tag = ((Literal)language!).LexicalForm;
        return IsLanguageTag(tag) ? Literal.LangString(((Literal)lexical!).LexicalForm, tag) : null;
    }

    public static Term? Uuid(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args.Length == 0 ? RdfIri.FromTrusted("urn:uuid:" + Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture)) : null;

    public static Term? StrUuid(ReadOnlySpan<Term?> args, FunctionContext context) =>
        args.Length == 0 ? Literal.String(Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture)) : null;

    public static Term? Triple(ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (args is not [var s, RdfIri p, var o] || s is null or Literal || o is null)
        {
            return null;
        }

        return new TripleTerm(new RdfTriple(s, p, o));
    }

    public static Term? Subject(ReadOnlySpan<Term?> args, FunctionContext context) => args is [TripleTerm t] ? t.Triple.Subject : null;

    public static Term? Predicate(ReadOnlySpan<Term?> args, FunctionContext context) => args is [TripleTerm t] ? t.Triple.Predicate : null;

    public static Term? Object(ReadOnlySpan<Term?> args, FunctionContext context) => args is [TripleTerm t] ? t.Triple.Object : null;

    /// <summary>BCP 47 shape: letters, then dash-separated alphanumeric subtags of up to 8 characters.</summary>
    internal static bool IsLanguageTag(string tag)
    {
        if (tag.Length == 0)
        {
            return false;
        }

        var parts = tag.Split('-');
        if (parts[0].Length is 0 or > 8 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is > 0 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    private static Term? Test(ReadOnlySpan<Term?> args, Func<Term, bool> predicate) =>
        args is [{ } t] ? Literal.Boolean(predicate(t)) : null;
}
