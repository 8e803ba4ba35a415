using Graph.Neo4j.Driver;
using Graph.Neo4j.PackStream;

namespace Graph.Neo4j.Bolt;

/// <summary>
/// Turns the structures of the Bolt value system into .NET values and back, for one protocol
/// version: Bolt 5 adds element ids to graph entities and sends date-times in UTC seconds, while
/// Bolt 4.4 sends them as local seconds.
/// </summary>
internal sealed class BoltValueCodec
{
    private const long NanosPerTick = 100;
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;

    private readonly bool _bolt5;

    public BoltValueCodec(BoltVersion version) => _bolt5 = version.Major >= 5;

    public object? Decode(PackStreamStructure s) => s.Tag switch
    {
        0x4E => DecodeNode(s),
        0x52 => DecodeRelationship(s),
        0x50 => DecodePath(s),
        0x44 => DateOnly.FromDayNumber(checked(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + (int)Int(s, 0))),
        0x49 when _bolt5 => UtcDateTime(Int(s, 0), Int(s, 1), (int)Int(s, 2)),
        0x46 when !_bolt5 => UtcDateTime(Int(s, 0) - Int(s, 2), Int(s, 1), (int)Int(s, 2)),
        0x69 when _bolt5 => new ZonedDateTime(UtcDateTime(Int(s, 0), Int(s, 1), 0), Str(s, 2)),
        0x66 when !_bolt5 => new ZonedDateTime(UtcDateTime(Int(s, 0), Int(s, 1), 0), Str(s, 2)),
        0x64 => DateTime.UnixEpoch.AddTicks(checked((Int(s, 0) * TicksPerSecond) + (Int(s, 1) / NanosPerTick))).ToLocalKind(),
        0x74 => new TimeOnly(Int(s, 0) / NanosPerTick),
        0x54 => new OffsetTime(new TimeOnly(Int(s, 0) / NanosPerTick), (int)Int(s, 1)),
        0x45 => new Driver.Duration(Int(s, 0), Int(s, 1), Int(s, 2), (int)Int(s, 3)),
        0x58 => new Point((int)Int(s, 0), Dbl(s, 1), Dbl(s, 2)),
        0x59 => new Point((int)Int(s, 0), Dbl(s, 1), Dbl(s, 2), Dbl(s, 3)),
        _ => s,
    };

    public PackStreamStructure? Encode(object value) => value switch
    {
        DateOnly date => new PackStreamStructure(0x44, [(long)(date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber)]),
        DateTimeOffset dto => EncodeDateTime(dto),
        DateTime { Kind: DateTimeKind.Utc } utc => EncodeDateTime(new DateTimeOffset(utc)),
        DateTime local => EncodeLocalDateTime(local),
        TimeOnly time => new PackStreamStructure(0x74, [time.Ticks * NanosPerTick]),
        Driver.Duration d => new PackStreamStructure(0x45, [d.Months, d.Days, d.Seconds, (long)d.Nanoseconds]),
        TimeSpan span => new PackStreamStructure(0x45, [0L, 0L, span.Ticks / TicksPerSecond, span.Ticks % TicksPerSecond * NanosPerTick]),
        Point { Z: null } p => new PackStreamStructure(0x58, [(long)p.Srid, p.X, p.Y]),
        Point p => new PackStreamStructure(0x59, [(long)p.Srid, p.X, p.Y, p.Z]),
        _ => null,
    };

    private PackStreamStructure EncodeDateTime(DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(utcTicks, TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TicksPerSecond;
        }

        var offset = (long)value.Offset.TotalSeconds;
        return _bolt5
            ? new PackStreamStructure(0x49, [seconds, remainder * NanosPerTick, offset])
            : new PackStreamStructure(0x46, [seconds + offset, remainder * NanosPerTick, offset]);
    }

    private static PackStreamStructure EncodeLocalDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TicksPerSecond;
        }

        return new PackStreamStructure(0x64, [seconds, remainder * NanosPerTick]);
    }

    private static DateTimeOffset UtcDateTime(long utcSeconds, long nanos, int offsetSeconds)
    {
        var utc = DateTime.UnixEpoch.AddTicks(checked((utcSeconds * TicksPerSecond) + (nanos / NanosPerTick)));
        var offset = TimeSpan.FromSeconds(offsetSeconds);
        return new DateTimeOffset(utc.Add(offset).Ticks, offset);
    }

    private Node DecodeNode(PackStreamStructure s)
    {
        var id = Int(s, 0);
        var labels = List(s, 1).Select(label => label as string ?? throw Malformed(s, "a label is not a string")).ToList();
        var elementId = _bolt5 && s.Fields.Count > 3 ? Str(s, 3) : id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Node(id, elementId, labels, Map(s, 2));
    }

    private Relationship DecodeRelationship(PackStreamStructure s)
    {
        var id = Int(s, 0);
        var start = Int(s, 1);
        var end = Int(s, 2);
        return _bolt5 && s.Fields.Count > 7
            ? new Relationship(id, Str(s, 5), start, end, Str(s, 3), Map(s, 4), Str(s, 6), Str(s, 7))
            : new Relationship(id, Text(id), start, end, Str(s, 3), Map(s, 4), Text(start), Text(end));
    }

    private Driver.Path DecodePath(PackStreamStructure s)
    {
        var nodes = List(s, 0).Select(n => n as Node ?? throw Malformed(s, "a path node is not a node")).ToList();
        var unbound = List(s, 1).Select(r => r as PackStreamStructure ?? throw Malformed(s, "a path relationship is not an unbound relationship")).ToList();
        var indices = List(s, 2).Select(i => i is long l ? l : throw Malformed(s, "a path index is not an integer")).ToList();
        if (nodes.Count == 0 || indices.Count % 2 != 0)
        {
            throw Malformed(s, "a path needs a first node and pairs of indices");
        }

        var pathNodes = new List<Node> { nodes[0] };
        var relationships = new List<Relationship>();
        var previous = nodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relationshipIndex = indices[i];
            var next = nodes[(int)indices[i + 1]];
            var forward = relationshipIndex > 0;
            var r = unbound[(int)Math.Abs(relationshipIndex) - 1];
            var (start, end) = forward ? (previous, next) : (next, previous);
            var elementId = _bolt5 && r.Fields.Count > 3 ? Str(r, 3) : Text(Int(r, 0));
            relationships.Add(new Relationship(Int(r, 0), elementId, start.Id, end.Id, Str(r, 1), Map(r, 2), start.ElementId, end.ElementId));
            pathNodes.Add(next);
            previous = next;
        }

        return new Driver.Path(pathNodes, relationships);
    }

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static long Int(PackStreamStructure s, int i) => Field(s, i) is long l ? l : throw Malformed(s, $"field {i} is not an integer");

    private static double Dbl(PackStreamStructure s, int i) => Field(s, i) is double d ? d : throw Malformed(s, $"field {i} is not a float");

    private static string Str(PackStreamStructure s, int i) => Field(s, i) as string ?? throw Malformed(s, $"field {i} is not a string");

    private static IReadOnlyList<object?> List(PackStreamStructure s, int i) => Field(s, i) as IReadOnlyList<object?> ?? throw Malformed(s, $"field {i} is not a list");

    private static IReadOnlyDictionary<string, object?> Map(PackStreamStructure s, int i) => Field(s, i) as IReadOnlyDictionary<string, object?> ?? throw Malformed(s, $"field {i} is not a map");

    private static object? Field(PackStreamStructure s, int i) => i < s.Fields.Count ? s.Fields[i] : throw Malformed(s, $"it has {s.Fields.Count} fields, field {i} is missing");

    private static BoltProtocolException Malformed(PackStreamStructure s, string what) => new($"a structure 0x{s.Tag:X2} from the server is malformed: {what}");
}

internal static class DateTimeKindExtensions
{
    public static DateTime ToLocalKind(this DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
}
