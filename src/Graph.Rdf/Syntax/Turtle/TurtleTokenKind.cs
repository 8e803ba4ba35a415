namespace Graph.Rdf.Syntax.Turtle;

/// <summary>The terminals of Turtle and TriG (RDF 1.2), as the tokenizer hands them to the grammar.</summary>
internal enum TurtleTokenKind : byte
{
    /// <summary>The end of the input.</summary>
    EndOfInput,

    /// <summary><c>&lt;…&gt;</c>; the value is the IRI reference with its escapes decoded, not yet resolved.</summary>
    IriRef,

    /// <summary><c>prefix:local</c>; the value is the whole name with local escapes decoded.</summary>
    PrefixedName,

    /// <summary><c>_:label</c>; the value is the label.</summary>
    BlankNodeLabel,

    /// <summary>A quoted string; the value is its content with escapes decoded.</summary>
    String,

    /// <summary><c>@word</c>: a language tag after a string, or <c>@prefix</c>, <c>@base</c>, <c>@version</c>; the value excludes the <c>@</c>.</summary>
    AtWord,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A decimal.</summary>
    Decimal,

    /// <summary>A double.</summary>
    Double,

    /// <summary>A bare word: <c>a</c>, <c>true</c>, <c>false</c>, <c>PREFIX</c>, <c>BASE</c>, <c>VERSION</c>, <c>GRAPH</c>.</summary>
    Word,

    /// <summary><c>.</c></summary>
    Dot,

    /// <summary><c>;</c></summary>
    Semicolon,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>[</c></summary>
    OpenBracket,

    /// <summary><c>]</c></summary>
    CloseBracket,

    /// <summary><c>(</c></summary>
    OpenParen,

    /// <summary><c>)</c></summary>
    CloseParen,

    /// <summary><c>{</c></summary>
    OpenBrace,

    /// <summary><c>}</c></summary>
    CloseBrace,

    /// <summary><c>^^</c></summary>
    DoubleCaret,

    /// <summary><c>&lt;&lt;</c>, opening a reified triple.</summary>
    ReifiedOpen,

    /// <summary><c>&gt;&gt;</c>, closing a reified triple.</summary>
    ReifiedClose,

    /// <summary><c>&lt;&lt;(</c>, opening a triple term.</summary>
    TripleTermOpen,

    /// <summary><c>)&gt;&gt;</c>, closing a triple term.</summary>
    TripleTermClose,

    /// <summary><c>~</c>, introducing a reifier.</summary>
    Tilde,

    /// <summary><c>{|</c>, opening an annotation block.</summary>
    AnnotationOpen,

    /// <summary><c>|}</c>, closing an annotation block.</summary>
    AnnotationClose,
}
