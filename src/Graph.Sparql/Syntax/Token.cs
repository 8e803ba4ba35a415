namespace Graph.Sparql.Syntax;

/// <summary>The kinds of SPARQL token (the grammar's terminals, keywords folded into <see cref="Keyword"/>).</summary>
internal enum TokenKind
{
    /// <summary>The end of the query.</summary>
    End,

    /// <summary>An <c>&lt;IRI&gt;</c>; the text is the IRI without brackets, escapes decoded.</summary>
    IriRef,

    /// <summary>A prefixed name (<c>ex:a</c> or <c>ex:</c>); <see cref="Token.Prefix"/> and the decoded local part in the text.</summary>
    PrefixedName,

    /// <summary>A blank node label; the text is the label without <c>_:</c>.</summary>
    BlankNodeLabel,

    /// <summary>A variable; the text is the name without <c>?</c> or <c>$</c>.</summary>
    Variable,

    /// <summary>A string literal; the text is the decoded value.</summary>
    String,

    /// <summary>A language tag; the text is the tag without <c>@</c>.</summary>
    LangTag,

    /// <summary>An unsigned integer.</summary>
    Integer,

    /// <summary>An unsigned decimal.</summary>
    Decimal,

    /// <summary>An unsigned double.</summary>
    Double,

    /// <summary>A keyword or a bare name (<c>SELECT</c>, <c>a</c>, <c>true</c>, function names); the text as written.</summary>
    Keyword,

    /// <summary>Punctuation or an operator (<c>{</c>, <c>&amp;&amp;</c>, <c>^^</c>…).</summary>
    Punctuation,

    /// <summary><c>()</c> with optional whitespace inside.</summary>
    Nil,

    /// <summary><c>[]</c> with optional whitespace inside.</summary>
    Anon,
}

/// <summary>One token, with its place in the query and whether whitespace preceded it.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, int Offset, int EndOffset, string? Prefix = null)
{
    /// <summary>True for a keyword equal (case-insensitively) to <paramref name="keyword"/>.</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Keyword && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the given punctuation.</summary>
    public bool Is(string punctuation) => Kind == TokenKind.Punctuation && Text == punctuation;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        TokenKind.End => "the end of the query",
        TokenKind.IriRef => "<" + Text + ">",
        TokenKind.PrefixedName => Prefix + ":" + Text,
        TokenKind.Variable => "?" + Text,
        TokenKind.String => "a string",
        TokenKind.BlankNodeLabel => "_:" + Text,
        _ => "'" + Text + "'",
    };
}
