namespace Graph.Rdf;

/// <summary>
/// Character-level validation of IRIs and IRI references (RFC 3987): the characters that may
/// never appear, a well-formed scheme, and well-formed percent escapes.
/// </summary>
internal static class IriSyntax
{
    /// <summary>Returns null when <paramref name="value"/> is an absolute IRI, else the reason.</summary>
    public static string? ValidateAbsolute(string value)
    {
        var schemeEnd = SchemeLength(value);
        if (schemeEnd <= 0)
        {
            return "it has no scheme (an absolute IRI starts with a scheme such as 'https:')";
        }

        return ValidateReference(value);
    }

    /// <summary>Returns null when <paramref name="value"/> is a valid IRI reference, else the reason.</summary>
    public static string? ValidateReference(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`' || c is >= '\u007F' and <= '\u009F')
            {
                return $"the character U+{(int)c:X4} at position {i} is not allowed";
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return $"a lone surrogate U+{(int)c:X4} at position {i}";
            }

            if (c == '%' && (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2])))
            {
                return $"'%' at position {i} is not followed by two hexadecimal digits";
            }
        }

        return null;
    }

    /// <summary>The length of the scheme (excluding ':'), or -1 when the string does not start with one.</summary>
    public static int SchemeLength(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return -1;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.')
            {
                return -1;
            }
        }

        return -1;
    }
}
