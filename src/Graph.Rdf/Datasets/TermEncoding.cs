using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Graph.Rdf.Datasets;

/// <summary>
/// The byte form of a term in the dictionary: one tag byte, then the parts. Strings are UTF-8;
/// a term holding a lone surrogate (which UTF-8 cannot carry) sets <see cref="Utf16Flag"/> and
/// stores all its strings as UTF-16, so the encoding is always lossless and one-to-one. Datatypes
/// and the parts of triple terms are stored as the ids of those terms.
/// </summary>
internal static class TermEncoding
{
    public const byte IriTag = 1;
    public const byte BlankTag = 2;
    public const byte StringTag = 3;
    public const byte LangTag = 4;
    public const byte TypedTag = 5;
    public const byte TripleTag = 6;
    public const byte Utf16Flag = 0x80;

    // Built once: concatenating it for each literal cost an allocation per term encoded.
    private static readonly string XsdString = Vocabularies.Vocab.Xsd.Namespace + "string";

    /// <summary>Appends the encoding of a term whose component ids (datatype, triple parts) are given by <paramref name="idOf"/>.</summary>
    public static void Encode(ref ByteBuilder output, Term term, Func<Term, int> idOf)
    {
        switch (term)
        {
            case Iri iri:
                EncodeStrings(ref output, IriTag, iri.Value);
                break;
            case BlankNode blank:
                EncodeStrings(ref output, BlankTag, blank.Label);
                break;
            case Literal { Language: not null } tagged:
                {
                    // Tags are stored in lower case: RDF compares them without regard to case (see Literal.Equals).
                    var language = tagged.Language.ToLowerInvariant();
                    var direction = tagged.Direction ?? string.Empty;
                    var wide = HasLoneSurrogate(tagged.LexicalForm) || HasLoneSurrogate(language) || HasLoneSurrogate(direction);
                    output.Add((byte)(LangTag | (wide ? Utf16Flag : 0)));
                    AddPrefixed(ref output, language, wide);
                    AddPrefixed(ref output, direction, wide);
                    AddString(ref output, tagged.LexicalForm, wide);
                    break;
                }

            case Literal literal when literal.Datatype.Value == XsdString:
                EncodeStrings(ref output, StringTag, literal.LexicalForm);
                break;
            case Literal typed:
                {
                    var wide = HasLoneSurrogate(typed.LexicalForm);
                    output.Add((byte)(TypedTag | (wide ? Utf16Flag : 0)));
                    output.AddVarint((uint)idOf(typed.Datatype));
                    AddString(ref output, typed.LexicalForm, wide);
                    break;
                }

            case TripleTerm triple:
                output.Add(TripleTag);
                output.AddVarint((uint)idOf(triple.Triple.Subject));
                output.AddVarint((uint)idOf(triple.Triple.Predicate));
                output.AddVarint((uint)idOf(triple.Triple.Object));
                break;
            default:
                throw new ArgumentException($"unknown term kind {term.GetType().Name}", nameof(term));
        }
    }

    /// <summary>Rebuilds a term from its bytes; <paramref name="termOf"/> resolves component ids.</summary>
    public static Term Decode(ReadOnlySpan<byte> bytes, Func<int, Term> termOf)
    {
        var wide = (bytes[0] & Utf16Flag) != 0;
        var tag = (byte)(bytes[0] & ~Utf16Flag);
        var rest = bytes[1..];
        switch (tag)
        {
            case IriTag:
                return Iri.FromTrusted(GetString(rest, wide));
            case BlankTag:
                return new BlankNode(GetString(rest, wide));
            case StringTag:
                return Literal.String(GetString(rest, wide));
            case LangTag:
                {
                    var language = ReadPrefixed(ref rest, wide);
                    var direction = ReadPrefixed(ref rest, wide);
                    return Literal.LangString(GetString(rest, wide), language, direction.Length == 0 ? null : direction);
                }

            case TypedTag:
                {
                    var datatype = (Iri)termOf((int)ReadVarint(ref rest));
                    return new Literal(GetString(rest, wide), datatype);
                }

            case TripleTag:
                {
                    var s = termOf((int)ReadVarint(ref rest));
                    var p = (Iri)termOf((int)ReadVarint(ref rest));
                    var o = termOf((int)ReadVarint(ref rest));
                    return new TripleTerm(new Triple(s, p, o));
                }

            default:
                throw new InvalidOperationException($"corrupt term encoding (tag {tag})");
        }
    }

    private static void EncodeStrings(ref ByteBuilder output, byte tag, string value)
    {
        var wide = HasLoneSurrogate(value);
        output.Add((byte)(tag | (wide ? Utf16Flag : 0)));
        AddString(ref output, value, wide);
    }

    private static void AddPrefixed(ref ByteBuilder output, string value, bool wide)
    {
        var length = wide ? value.Length * 2 : Encoding.UTF8.GetByteCount(value);
        output.AddVarint((uint)length);
        AddString(ref output, value, wide);
    }

    private static void AddString(ref ByteBuilder output, string value, bool wide)
    {
        if (wide)
        {
            output.Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value.AsSpan()));
            return;
        }

        var span = output.Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        Utf8.FromUtf16(value, span, out _, out var written, replaceInvalidSequences: false);
        output.Commit(written);
    }

    private static string ReadPrefixed(ref ReadOnlySpan<byte> bytes, bool wide)
    {
        var length = (int)ReadVarint(ref bytes);
        var value = GetString(bytes[..length], wide);
        bytes = bytes[length..];
        return value;
    }

    private static string GetString(ReadOnlySpan<byte> bytes, bool wide) =>
        wide ? new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(bytes)) : Encoding.UTF8.GetString(bytes);

    private static uint ReadVarint(ref ReadOnlySpan<byte> bytes)
    {
        uint value = 0;
        var shift = 0;
        var i = 0;
        byte b;
        do
        {
            b = bytes[i++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        bytes = bytes[i..];
        return value;
    }

    private static bool HasLoneSurrogate(string value)
    {
        var span = value.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return false;
        }

        for (; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A growable byte buffer on the stack or from the pool; dispose to return it.</summary>
internal ref struct ByteBuilder
{
    private byte[]? _rented;
    private Span<byte> _span;
    private int _length;

    public ByteBuilder(Span<byte> initial)
    {
        _span = initial;
        _rented = null;
        _length = 0;
    }

    public readonly ReadOnlySpan<byte> Written => _span[.._length];

    public void Add(byte b)
    {
        Reserve(1)[0] = b;
        _length++;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    public void AddVarint(uint value)
    {
        while (value >= 0x80)
        {
            Add((byte)(value | 0x80));
            value >>= 7;
        }

        Add((byte)value);
    }

    public Span<byte> Reserve(int size)
    {
        if (_length + size > _span.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_span.Length * 2, _length + size));
            _span[.._length].CopyTo(bigger);
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }

            _rented = bigger;
            _span = bigger;
        }

        return _span[_length..];
    }

    public void Commit(int count) => _length += count;

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
