using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace Graph.Neo4j.PackStream;

/// <summary>
/// Encodes values as PackStream v1 into a growable buffer, always choosing the smallest
/// representation (a tiny integer where one fits, a tiny string under 16 bytes, and so on).
/// </summary>
public sealed class PackStreamWriter
{
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer with an initial capacity.</summary>
    public PackStreamWriter(int initialCapacity = 256) => _buffer = new byte[Math.Max(16, initialCapacity)];

    /// <summary>
    /// Turns a value the writer does not know (a date, a node, a duration) into a structure, or
    /// returns null; the Bolt layer sets this because the structures depend on the protocol version.
    /// </summary>
    public Func<object, PackStreamStructure?>? StructureEncoder { get; set; }

    /// <summary>The number of bytes written since the last <see cref="Clear"/>.</summary>
    public int Length => _length;

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>The bytes written, as memory over the internal buffer (valid until the next write).</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Clear() => _length = 0;

    /// <summary>Copies the bytes written into a new array.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Writes null.</summary>
    public void WriteNull() => WriteByte(PackStreamMarkers.Null);

    /// <summary>Writes a boolean.</summary>
    public void WriteBoolean(bool value) => WriteByte(value ? PackStreamMarkers.True : PackStreamMarkers.False);

    /// <summary>Writes an integer in the smallest of its five representations.</summary>
    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = Grow(2);
            span[0] = PackStreamMarkers.Int8;
            span[1] = unchecked((byte)(sbyte)value);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = Grow(3);
            span[0] = PackStreamMarkers.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = Grow(5);
            span[0] = PackStreamMarkers.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
        }
        else
        {
            var span = Grow(9);
            span[0] = PackStreamMarkers.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
        }
    }

    /// <summary>Writes a 64-bit float.</summary>
    public void WriteFloat(double value)
    {
        var span = Grow(9);
        span[0] = PackStreamMarkers.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
    }

    /// <summary>Writes a string as UTF-8.</summary>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(byteCount, PackStreamMarkers.TinyStringBase, PackStreamMarkers.String8, PackStreamMarkers.String16, PackStreamMarkers.String32);
        var span = Grow(byteCount);
        Encoding.UTF8.GetBytes(value, span);
    }

    /// <summary>Writes a byte array.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue)
        {
            var header = Grow(2);
            header[0] = PackStreamMarkers.Bytes8;
            header[1] = (byte)value.Length;
        }
        else if (value.Length <= ushort.MaxValue)
        {
            var header = Grow(3);
            header[0] = PackStreamMarkers.Bytes16;
            BinaryPrimitives.WriteUInt16BigEndian(header[1..], (ushort)value.Length);
        }
        else
        {
            var header = Grow(5);
            header[0] = PackStreamMarkers.Bytes32;
            BinaryPrimitives.WriteInt32BigEndian(header[1..], value.Length);
        }

        value.CopyTo(Grow(value.Length));
    }

    /// <summary>Writes the header of a list of <paramref name="count"/> items; the items follow.</summary>
    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarkers.TinyListBase, PackStreamMarkers.List8, PackStreamMarkers.List16, PackStreamMarkers.List32);

    /// <summary>Writes the header of a map of <paramref name="count"/> entries; keys and values follow.</summary>
    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarkers.TinyMapBase, PackStreamMarkers.Map8, PackStreamMarkers.Map16, PackStreamMarkers.Map32);

    /// <summary>Writes the header of a structure; its <paramref name="fieldCount"/> fields follow.</summary>
    public void WriteStructureHeader(byte tag, int fieldCount)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new PackStreamException($"a structure has at most 15 fields, not {fieldCount}");
        }

        var span = Grow(2);
        span[0] = (byte)(PackStreamMarkers.TinyStructBase | fieldCount);
        span[1] = tag;
    }

    /// <summary>Writes a structure and its fields.</summary>
    public void WriteStructure(PackStreamStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        WriteStructureHeader(structure.Tag, structure.Fields.Count);
        foreach (var field in structure.Fields)
        {
            WriteValue(field);
        }
    }

    /// <summary>
    /// Writes any value: null, booleans, integers, floats, strings, byte arrays, lists, maps with
    /// string keys, structures, and what <see cref="StructureEncoder"/> turns into a structure.
    /// </summary>
    /// <exception cref="PackStreamException">The value has no PackStream form.</exception>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case bool b:
                WriteBoolean(b);
                break;
            case long l:
                WriteInteger(l);
                break;
            case int i:
                WriteInteger(i);
                break;
            case short s:
                WriteInteger(s);
                break;
            case sbyte sb:
                WriteInteger(sb);
                break;
            case byte by:
                WriteInteger(by);
                break;
            case ushort us:
                WriteInteger(us);
                break;
            case uint ui:
                WriteInteger(ui);
                break;
            case ulong ul:
                WriteInteger(ul <= long.MaxValue ? (long)ul : throw new PackStreamException($"the integer {ul} does not fit a signed 64-bit PackStream integer"));
                break;
            case double d:
                WriteFloat(d);
                break;
            case float f:
                WriteFloat(f);
                break;
            case decimal m:
                WriteFloat((double)m);
                break;
            case string str:
                WriteString(str);
                break;
            case char c:
                WriteString(c.ToString());
                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case PackStreamStructure structure:
                WriteStructure(structure);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    WriteString(key);
                    WriteValue(item);
                }

                break;
            case IDictionary dictionary:
                WriteDictionary(dictionary);
                break;
            default:
                WriteOther(value);
                break;
        }
    }

    private void WriteOther(object value)
    {
        if (StructureEncoder?.Invoke(value) is { } structure)
        {
            WriteStructure(structure);
            return;
        }

        if (value is IEnumerable sequence)
        {
            var items = sequence as ICollection ?? sequence.Cast<object?>().ToList();
            WriteListHeader(items.Count);
            foreach (var item in items)
            {
                WriteValue(item);
            }

            return;
        }

        throw new PackStreamException($"a value of type {value.GetType().Name} has no PackStream form");
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            WriteString(entry.Key as string ?? throw new PackStreamException($"map keys must be strings, not {entry.Key.GetType().Name}"));
            WriteValue(entry.Value);
        }
    }

    private void WriteSizedHeader(int size, byte tinyBase, byte marker8, byte marker16, byte marker32)
    {
        if (size < 16)
        {
            WriteByte((byte)(tinyBase | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = Grow(2);
            span[0] = marker8;
            span[1] = (byte)size;
        }
        else if (size <= ushort.MaxValue)
        {
            var span = Grow(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
        }
        else
        {
            var span = Grow(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
        }
    }

    private void WriteByte(byte value) => Grow(1)[0] = value;

    private Span<byte> Grow(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
