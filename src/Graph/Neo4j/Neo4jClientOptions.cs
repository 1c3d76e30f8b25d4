namespace Graph.Neo4j;

/// <summary>How <see cref="Neo4jHttpClient"/> waits and retries.</summary>
public sealed record Neo4jClientOptions
{
    /// <summary>The defaults: 120 s per request, 4 retries starting at 500 ms.</summary>
    public static Neo4jClientOptions Default { get; } = new();

    /// <summary>How long one request may take before it counts as timed out (and is retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How many times a transient failure (a <c>Neo.TransientError.*</c> code, HTTP 5xx, a timeout, a dropped connection) is retried; 0 for none.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The wait before the first retry; it doubles for each further retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Called before each retry with the attempt that failed (1-based), the wait before the next one and the failure.</summary>
    public Action<int, TimeSpan, Neo4jException>? OnRetry { get; init; }
}
