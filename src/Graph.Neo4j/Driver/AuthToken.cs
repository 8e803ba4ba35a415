namespace Graph.Neo4j.Driver;

/// <summary>Credentials, as the map HELLO (Bolt 4.4, 5.0) or LOGON (Bolt 5.1 and later) carries.</summary>
public sealed class AuthToken
{
    private AuthToken(IReadOnlyDictionary<string, object?> content) => Content = content;

    /// <summary>The map sent to the server.</summary>
    internal IReadOnlyDictionary<string, object?> Content { get; }

    /// <summary>No authentication (a server with auth disabled).</summary>
    public static AuthToken None { get; } = new(new Dictionary<string, object?> { ["scheme"] = "none" });

    /// <summary>User name and password.</summary>
    public static AuthToken Basic(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken(new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = user, ["credentials"] = password });
    }

    /// <summary>Never shows the password.</summary>
    public override string ToString() => "AuthToken(" + Content["scheme"] + ")";
}

/// <summary>The usual factory for <see cref="AuthToken"/>s, named as in Neo4j's drivers.</summary>
public static class AuthTokens
{
    /// <summary>User name and password.</summary>
    public static AuthToken Basic(string user, string password) => AuthToken.Basic(user, password);

    /// <summary>No authentication.</summary>
    public static AuthToken None => AuthToken.None;
}
