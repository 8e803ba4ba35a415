using System.Globalization;

namespace Graph.Neo4j.Bolt;

/// <summary>A Bolt protocol version.</summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    /// <summary>Bolt 4.4, the last of the 4.x line.</summary>
    public static BoltVersion V4_4 => new(4, 4);

    /// <summary>Bolt 5.0: element ids on nodes and relationships, UTC-based date-times.</summary>
    public static BoltVersion V5_0 => new(5, 0);

    /// <summary>Bolt 5.1: credentials move from HELLO to LOGON.</summary>
    public static BoltVersion V5_1 => new(5, 1);

    /// <summary>Bolt 5.3: HELLO carries <c>bolt_agent</c>.</summary>
    public static BoltVersion V5_3 => new(5, 3);

    /// <summary>Bolt 5.8, the newest version this client offers.</summary>
    public static BoltVersion V5_8 => new(5, 8);

    /// <inheritdoc />
    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>True when this version is at least <paramref name="other"/>.</summary>
    public bool AtLeast(BoltVersion other) => CompareTo(other) >= 0;

    /// <inheritdoc />
    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
}
