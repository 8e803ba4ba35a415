using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>
/// The JSON model the algorithms work on: an object is a <see cref="Dictionary{TKey,TValue}"/> of string to value
/// (insertion-ordered), an array a <see cref="List{T}"/>, a string a <see cref="string"/>, a number a
/// <see cref="double"/> (as in the JavaScript reference model), a boolean a <see cref="bool"/>, and JSON null is null.
/// </summary>
internal static class JsonLdJson
{
    private const int MaxDepth = 512;

    /// <summary>Parses JSON text into the model.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static object? Parse(string text)
    {
        var options = new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
        ThrowOnLoneSurrogate(text);
        using var document = JsonDocument.Parse(text, options);
        try
        {
            return Convert(document.RootElement);
        }
        catch (InvalidOperationException e)
        {
            // An escaped lone surrogate (\uD800) is valid JSON but no string can hold it.
            throw new JsonException($"a string holds an escaped lone surrogate: {e.Message}", e);
        }
    }

    /// <summary>Text read from a file never holds lone surrogates, but a string given by a caller may; JSON cannot carry one.</summary>
    private static void ThrowOnLoneSurrogate(string text)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new JsonException($"a lone surrogate U+{(int)c:X4} is not text", null, line, i - lineStart);
            }
        }
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static Dictionary<string, object?> ConvertObject(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result.Remove(property.Name);
            result[property.Name] = Convert(property.Value);
        }

        return result;
    }

    /// <summary>Writes a value of the model as JSON text.</summary>
    public static string Serialize(object? value, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a value of the model to a JSON writer.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteRawValue(EcmaNumber.Format(d));
                break;
            case Dictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"not a JSON model value: {value.GetType()}");
        }
    }

    /// <summary>A deep copy of a value.</summary>
    public static object? Clone(object? value) => value switch
    {
        Dictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Clone(p.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(Clone).ToList(),
        _ => value,
    };

    /// <summary>Structural equality, with array order significant.</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case Dictionary<string, object?> ma:
                if (b is not Dictionary<string, object?> mb || ma.Count != mb.Count)
                {
                    return false;
                }

                foreach (var (key, value) in ma)
                {
                    if (!mb.TryGetValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case List<object?> la:
                if (b is not List<object?> lb || la.Count != lb.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return a.Equals(b);
        }
    }

    /// <summary>The value as a list: itself when it is one, else a one-item list.</summary>
    public static List<object?> AsList(object? value) => value as List<object?> ?? [value];

    /// <summary>True for a JSON number.</summary>
    public static bool IsNumber(object? value) => value is double;

    /// <summary>True for a scalar: string, number or boolean.</summary>
    public static bool IsScalar(object? value) => value is string or double or bool;

    /// <summary>
    /// The JSON Canonicalization Scheme (RFC 8785) form of a value: object members sorted by their
    /// UTF-16 code units, no whitespace, numbers in their ECMAScript form.
    /// </summary>
    public static string Canonicalize(object? value)
    {
        var sb = new StringBuilder();
        WriteCanonical(sb, value);
        return sb.ToString();
    }

    private static void WriteCanonical(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case double d:
                sb.Append(EcmaNumber.Format(d));
                break;
            case string s:
                WriteCanonicalString(sb, s);
                break;
            case List<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WriteCanonical(sb, list[i]);
                }

                sb.Append(']');
                break;
            case Dictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteCanonicalString(sb, key);
                    sb.Append(':');
                    WriteCanonical(sb, map[key]);
                }

                sb.Append('}');
                break;
            default:
                throw new InvalidOperationException($"not a JSON model value: {value.GetType()}");
        }
    }

    private static void WriteCanonicalString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
