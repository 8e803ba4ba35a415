namespace Graph.Neo4j.Driver;

/// <summary>A node returned by a query.</summary>
/// <param name="Id">The legacy numeric id (deprecated by Neo4j 5, still sent).</param>
/// <param name="ElementId">The element id (Bolt 5), or the numeric id as text under Bolt 4.4.</param>
/// <param name="Labels">The labels.</param>
/// <param name="Properties">The properties.</param>
public sealed record Node(long Id, string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship returned by a query.</summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="ElementId">The element id.</param>
/// <param name="StartNodeId">The numeric id of the start node.</param>
/// <param name="EndNodeId">The numeric id of the end node.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The properties.</param>
/// <param name="StartNodeElementId">The element id of the start node.</param>
/// <param name="EndNodeElementId">The element id of the end node.</param>
public sealed record Relationship(long Id, string ElementId, long StartNodeId, long EndNodeId, string Type, IReadOnlyDictionary<string, object?> Properties, string StartNodeElementId, string EndNodeElementId);

/// <summary>A path: its nodes in order and the relationships between them, each in its stored direction.</summary>
/// <param name="Nodes">The nodes, from start to end.</param>
/// <param name="Relationships">The relationships; the i-th joins node i and node i + 1.</param>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships);

/// <summary>A Cypher duration: months, days, seconds and nanoseconds kept apart, as Neo4j keeps them.</summary>
/// <param name="Months">Months.</param>
/// <param name="Days">Days.</param>
/// <param name="Seconds">Seconds.</param>
/// <param name="Nanoseconds">Nanoseconds (0 to 999,999,999).</param>
public sealed record Duration(long Months, long Days, long Seconds, int Nanoseconds);

/// <summary>A date-time in a named time zone (Cypher <c>DATETIME</c> with a zone id).</summary>
/// <param name="Instant">The instant, in UTC.</param>
/// <param name="ZoneId">The IANA zone id, e.g. <c>Europe/Brussels</c>.</param>
public sealed record ZonedDateTime(DateTimeOffset Instant, string ZoneId);

/// <summary>A time of day with a UTC offset (Cypher <c>ZONED TIME</c>).</summary>
/// <param name="Time">The local time.</param>
/// <param name="OffsetSeconds">The offset from UTC, in seconds.</param>
public sealed record OffsetTime(TimeOnly Time, int OffsetSeconds);

/// <summary>A spatial point.</summary>
/// <param name="Srid">The coordinate reference system id (4326 WGS-84, 7203 Cartesian…).</param>
/// <param name="X">X or longitude.</param>
/// <param name="Y">Y or latitude.</param>
/// <param name="Z">Z or height, for 3D points.</param>
public sealed record Point(int Srid, double X, double Y, double? Z = null);
