namespace Graph.Neo4j.Driver;

/// <summary>
/// A failure reported by Neo4j (with its status code, e.g. <c>Neo.ClientError.Security.Unauthorized</c>)
/// or by the client itself. <see cref="Create"/> picks the subclass from the code's classification.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>The Neo4j status code, or a client code such as <c>Bolt.Protocol</c>.</summary>
    public string Code { get; }

    /// <summary>True when running the same work again may succeed.</summary>
    public virtual bool IsRetriable => false;

    /// <summary>The exception for a FAILURE message's code and message.</summary>
    public static Neo4jException Create(string code, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code switch
        {
            "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit"
                => new AuthenticationException(code, message),

            // A terminated transaction or a stopped lock client was ended by a user: the drivers do not retry them.
            "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped"
                => new ClientException(code, message),
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(code, message),
            _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new DatabaseException(code, message),
            _ => new ClientException(code, message),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name}: {Code}: {Message}";
}

/// <summary>The request was wrong (syntax, constraint, security); running it again fails again.</summary>
public class ClientException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public ClientException(string code, string message)
        : base(code, message)
    {
    }
}

/// <summary>The credentials were refused.</summary>
public sealed class AuthenticationException : ClientException
{
    /// <summary>Creates the exception.</summary>
    public AuthenticationException(string code, string message)
        : base(code, message)
    {
    }
}

/// <summary>A temporary failure (a deadlock, a leader switch): the work may be retried.</summary>
public sealed class TransientException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public TransientException(string code, string message)
        : base(code, message)
    {
    }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}

/// <summary>The database failed internally.</summary>
public sealed class DatabaseException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public DatabaseException(string code, string message)
        : base(code, message)
    {
    }
}

/// <summary>The server could not be reached, or the connection was lost.</summary>
public sealed class ServiceUnavailableException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public ServiceUnavailableException(string message, Exception? inner = null)
        : base("Driver.ServiceUnavailable", message, inner)
    {
    }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}
