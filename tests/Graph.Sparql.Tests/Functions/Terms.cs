using Graph.Rdf;
using Graph.Rdf.Vocabularies;
using Graph.Sparql.Functions;

namespace Graph.Sparql.Tests.Functions;

/// <summary>Short constructors for the terms the tests write, and a way to call a built-in by name.</summary>
internal static class T
{
    public const string Xsd = Vocab.Xsd.Namespace;

    public static Literal S(string text) => Literal.String(text);

    public static Literal Lang(string text, string tag) => Literal.LangString(text, tag);

    public static Literal Typed(string lexical, string xsdLocalName) => Literal.Typed(lexical, Iri.FromTrusted(Xsd + xsdLocalName));

    public static Literal Int(string lexical) => Typed(lexical, "integer");

    public static Literal Dec(string lexical) => Typed(lexical, "decimal");

    public static Literal Dbl(string lexical) => Typed(lexical, "double");

    public static Literal Flt(string lexical) => Typed(lexical, "float");

    public static Literal Bool(bool value) => Literal.Boolean(value);

    public static Literal DateTime(string lexical) => Typed(lexical, "dateTime");

    public static Iri I(string iri) => Iri.Parse(iri);

    public static FunctionContext Context(string? baseIri = null) =>
        new(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero), baseIri is null ? null : Iri.Parse(baseIri));

    public static Term? Call(string name, params Term?[] args) => CallIn(Context(), name, args);

    public static Term? CallIn(FunctionContext context, string name, params Term?[] args)
    {
        Assert.True(BuiltInFunctions.TryGet(name, out var function), $"{name} should be a built-in");
        return function(args, context);
    }
}
