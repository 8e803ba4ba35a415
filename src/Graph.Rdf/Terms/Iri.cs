namespace Graph.Rdf;

/// <summary>
/// An absolute IRI (RFC 3987). The string is kept exactly as given: unlike <see cref="System.Uri"/>,
/// nothing is normalised, unescaped or rewritten.
/// </summary>
public sealed record Iri : Term
{
    private Iri(string value) => Value = value;

    /// <summary>The IRI, as a string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.Iri;

    /// <summary>Parses an absolute IRI.</summary>
    /// <exception cref="IriFormatException">The string is not an absolute IRI.</exception>
    public static Iri Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var error = IriSyntax.ValidateAbsolute(value);
        return error is null ? new Iri(value) : throw new IriFormatException(value, error);
    }

    /// <summary>Tries to parse an absolute IRI; returns false with a reason when it is not one.</summary>
    public static bool TryParse(string value, out Iri? iri, out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);
        error = IriSyntax.ValidateAbsolute(value);
        iri = error is null ? new Iri(value) : null;
        return error is null;
    }

    /// <summary>
    /// Creates an IRI without validation, for trusted constants and for readers that have already
    /// checked the characters. Never use it for user input.
    /// </summary>
    public static Iri FromTrusted(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Resolves a relative reference against this IRI as base (RFC 3986 section 5.2).</summary>
    /// <exception cref="IriFormatException">The reference is not a valid IRI reference.</exception>
    public Iri Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var error = IriSyntax.ValidateReference(reference);
        if (error is not null)
        {
            throw new IriFormatException(reference, error);
        }

        return new Iri(IriResolver.Resolve(Value, reference));
    }

    /// <inheritdoc />
    public bool Equals(Iri? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => "<" + Value + ">";
}

/// <summary>A string that is not a valid IRI or IRI reference.</summary>
public sealed class IriFormatException : FormatException
{
    /// <summary>Creates the exception for the offending text and the reason.</summary>
    public IriFormatException(string text, string reason)
        : base($"Invalid IRI <{text}>: {reason}")
    {
        Text = text;
        Reason = reason;
    }

    /// <summary>The text that is not a valid IRI.</summary>
    public string Text { get; }

    /// <summary>Why it is not valid.</summary>
    public string Reason { get; }
}
