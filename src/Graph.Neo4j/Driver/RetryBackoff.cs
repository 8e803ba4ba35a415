namespace Graph.Neo4j.Driver;

/// <summary>
/// Exponential back-off for transaction functions: the delay doubles after each attempt, with
/// ±20% jitter so that clients that failed together do not retry together, until the time allowed
/// for retries is spent.
/// </summary>
internal sealed class RetryBackoff
{
    private const double Multiplier = 2.0;
    private const double Jitter = 0.2;

    private readonly TimeSpan _maxRetryTime;
    private readonly System.Diagnostics.Stopwatch _elapsed = System.Diagnostics.Stopwatch.StartNew();
    private TimeSpan _nextDelay;

    public RetryBackoff(TimeSpan initialDelay, TimeSpan maxRetryTime)
    {
        _nextDelay = initialDelay;
        _maxRetryTime = maxRetryTime;
    }

    /// <summary>The number of retries granted so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Grants one more retry and gives its delay, or refuses when the time is spent.</summary>
    public bool TryNext(out TimeSpan delay)
    {
        if (_elapsed.Elapsed >= _maxRetryTime)
        {
            delay = TimeSpan.Zero;
            return false;
        }

        var factor = 1 + (Jitter * ((Random.Shared.NextDouble() * 2) - 1));
        delay = TimeSpan.FromTicks((long)(_nextDelay.Ticks * factor));
        _nextDelay = TimeSpan.FromTicks((long)(_nextDelay.Ticks * Multiplier));
        Attempts++;
        return true;
    }
}
