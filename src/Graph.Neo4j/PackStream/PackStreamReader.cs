using System.Buffers.Binary;
using System.Text;

namespace Graph.Neo4j.PackStream;

/// <summary>
/// Decodes PackStream v1 values from a complete message. Integers come back as <see cref="long"/>,
/// floats as <see cref="double"/>, lists as <c>IReadOnlyList&lt;object?&gt;</c>, maps as
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, bytes as <see cref="byte"/> arrays, and
/// structures through <see cref="StructureDecoder"/> (or as <see cref="PackStreamStructure"/>).
/// </summary>
public sealed class PackStreamReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlyMemory<byte> _data;
    private int _position;

    /// <summary>Creates a reader over the bytes of one or more values.</summary>
    public PackStreamReader(ReadOnlyMemory<byte> data) => _data = data;

    /// <summary>Turns a structure into a richer value (a node, a date); null keeps it as it is.</summary>
    public Func<PackStreamStructure, object?>? StructureDecoder { get; set; }

    /// <summary>True while unread bytes remain.</summary>
    public bool HasMore => _position < _data.Length;

    /// <summary>The offset of the next byte to read.</summary>
    public int Position => _position;

    /// <summary>Reads the next value.</summary>
    /// <exception cref="PackStreamException">The bytes are not valid PackStream.</exception>
    public object? ReadValue()
    {
        var marker = ReadByte();
        if (marker <= 0x7F || marker >= 0xF0)
        {
            return (long)unchecked((sbyte)marker);
        }

        switch (marker & 0xF0)
        {
            case PackStreamMarkers.TinyStringBase:
                return ReadStringBody(marker & 0x0F);
            case PackStreamMarkers.TinyListBase:
                return ReadListBody(marker & 0x0F);
            case PackStreamMarkers.TinyMapBase:
                return ReadMapBody(marker & 0x0F);
            case PackStreamMarkers.TinyStructBase:
                return ReadStructureBody(marker & 0x0F);
        }

        return marker switch
        {
            PackStreamMarkers.Null => null,
            PackStreamMarkers.True => true,
            PackStreamMarkers.False => false,
            PackStreamMarkers.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            PackStreamMarkers.Int8 => (long)unchecked((sbyte)ReadByte()),
            PackStreamMarkers.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            PackStreamMarkers.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            PackStreamMarkers.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            PackStreamMarkers.Bytes8 => Take(ReadByte()).ToArray(),
            PackStreamMarkers.Bytes16 => Take(ReadUInt16()).ToArray(),
            PackStreamMarkers.Bytes32 => Take(ReadSize32()).ToArray(),
            PackStreamMarkers.String8 => ReadStringBody(ReadByte()),
            PackStreamMarkers.String16 => ReadStringBody(ReadUInt16()),
            PackStreamMarkers.String32 => ReadStringBody(ReadSize32()),
            PackStreamMarkers.List8 => ReadListBody(ReadByte()),
            PackStreamMarkers.List16 => ReadListBody(ReadUInt16()),
            PackStreamMarkers.List32 => ReadListBody(ReadSize32()),
            PackStreamMarkers.Map8 => ReadMapBody(ReadByte()),
            PackStreamMarkers.Map16 => ReadMapBody(ReadUInt16()),
            PackStreamMarkers.Map32 => ReadMapBody(ReadSize32()),
            _ => throw new PackStreamException($"unknown PackStream marker 0x{marker:X2} at offset {_position - 1}"),
        };
    }

    /// <summary>Reads the header of a structure (its field count and tag) without its fields.</summary>
    public (byte Tag, int FieldCount) ReadStructureHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != PackStreamMarkers.TinyStructBase)
        {
            throw new PackStreamException($"expected a structure at offset {_position - 1}, found marker 0x{marker:X2}");
        }

        return (ReadByte(), marker & 0x0F);
    }

    private object? ReadStructureBody(int fieldCount)
    {
        var tag = ReadByte();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = ReadValue();
        }

        var structure = new PackStreamStructure(tag, fields);
        return StructureDecoder is null ? structure : StructureDecoder(structure);
    }

    private string ReadStringBody(int length)
    {
        var bytes = Take(length);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new PackStreamException($"a string ending at offset {_position} is not valid UTF-8: {e.Message}");
        }
    }

    private List<object?> ReadListBody(int count)
    {
        EnsureCountPlausible(count);
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMapBody(int count)
    {
        EnsureCountPlausible(count);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var keyOffset = _position;
            var key = ReadValue() as string ?? throw new PackStreamException($"a map key at offset {keyOffset} is not a string");

            // The specification lets the last of duplicate keys win.
            map[key] = ReadValue();
        }

        return map;
    }

    private void EnsureCountPlausible(int count)
    {
        // Every item takes at least one byte: a larger count is corrupt data, not a reason to allocate.
        if (count > _data.Length - _position)
        {
            throw new PackStreamException($"a collection of {count} items cannot fit in the {_data.Length - _position} bytes left at offset {_position}");
        }
    }

    private byte ReadByte() => Take(1)[0];

    private int ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        return size <= int.MaxValue ? (int)size : throw new PackStreamException($"a size of {size} bytes at offset {_position - 4} is too large");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new PackStreamException($"the data ends at offset {_data.Length} but {count} more bytes were expected at offset {_position}");
        }

        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
