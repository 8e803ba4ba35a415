using Graph.Rdf.Vocabularies;

namespace Graph.Rdf;

/// <summary>
/// An RDF literal: a lexical form with a datatype IRI, and for <c>rdf:langString</c> a language tag
/// (and, in RDF 1.2, an optional base direction <c>ltr</c> or <c>rtl</c>).
/// </summary>
public sealed record Literal : Term
{
    /// <summary>Creates a literal; prefer the static factories.</summary>
    public Literal(string lexicalForm, Iri datatype, string? language = null, string? direction = null)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatype);
        LexicalForm = lexicalForm;
        Datatype = datatype;
        Language = string.IsNullOrEmpty(language) ? null : language;
        Direction = string.IsNullOrEmpty(direction) ? null : direction;
    }

    /// <summary>The lexical form, exactly as written.</summary>
    public string LexicalForm { get; }

    /// <summary>The datatype IRI (<c>xsd:string</c> for plain literals, <c>rdf:langString</c> for tagged ones).</summary>
    public Iri Datatype { get; }

    /// <summary>The language tag, or null.</summary>
    public string? Language { get; }

    /// <summary>The RDF 1.2 base direction (<c>ltr</c> or <c>rtl</c>), or null.</summary>
    public string? Direction { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.Literal;

    /// <summary>A simple literal (<c>xsd:string</c>).</summary>
    public static Literal String(string value) => new(value, Vocab.Xsd.String);

    /// <summary>A language-tagged string (<c>rdf:langString</c>, or <c>rdf:dirLangString</c> with a direction).</summary>
    public static Literal LangString(string value, string language, string? direction = null) =>
        new(value, direction is null ? Vocab.Rdf.LangString : Vocab.Rdf.DirLangString, language, direction);

    /// <summary>A typed literal.</summary>
    public static Literal Typed(string lexicalForm, Iri datatype) => new(lexicalForm, datatype);

    /// <summary>An <c>xsd:integer</c>.</summary>
    public static Literal Integer(long value) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer);

    /// <summary>An <c>xsd:boolean</c>.</summary>
    public static Literal Boolean(bool value) => new(value ? "true" : "false", Vocab.Xsd.Boolean);

    /// <summary>An <c>xsd:date</c>.</summary>
    public static Literal Date(DateOnly value) =>
        new(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Date);

    /// <summary>
    /// Value equality; language tags compare without regard to case, since RDF defines their value
    /// space in lower case (<c>"chat"@EN</c> and <c>"chat"@en</c> are the same term).
    /// </summary>
    public bool Equals(Literal? other) =>
        other is not null
        && string.Equals(LexicalForm, other.LexicalForm, StringComparison.Ordinal)
        && Datatype.Equals(other.Datatype)
        && string.Equals(Language, other.Language, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Direction, other.Direction, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(LexicalForm),
        Datatype,
        Language is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Language),
        Direction);

    /// <inheritdoc />
    public override string ToString()
    {
        var quoted = "\"" + LexicalForm + "\"";
        if (Language is not null)
        {
            return quoted + "@" + Language + (Direction is null ? string.Empty : "--" + Direction);
        }

        return Datatype == Vocab.Xsd.String ? quoted : quoted + "^^" + Datatype;
    }
}
