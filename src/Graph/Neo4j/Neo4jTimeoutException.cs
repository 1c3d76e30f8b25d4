namespace Graph.Neo4j;

/// <summary>The server did not answer within <see cref="Neo4jClientOptions.RequestTimeout"/>.</summary>
public sealed class Neo4jTimeoutException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, null, isTransient: true, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The time waited for an answer.</summary>
    public TimeSpan Timeout { get; }
}
