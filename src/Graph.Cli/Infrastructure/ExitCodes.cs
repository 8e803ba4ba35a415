namespace Graph.Cli.Infrastructure;

/// <summary>The exit codes of <c>kg</c>, as documented in the README (BSD sysexits where one fits).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A failure that is not the input's fault (I/O, a server, a timeout).</summary>
    public const int Failure = 1;

    /// <summary>Wrong usage: unknown option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>Bad input data (EX_DATAERR): a syntax error, invalid UTF-8, an empty article.</summary>
    public const int DataError = 65;
}
