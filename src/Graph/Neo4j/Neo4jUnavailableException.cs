namespace Graph.Neo4j;

/// <summary>The server could not be reached: connection refused, unknown host, or the connection dropped.</summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jUnavailableException(string message, bool isTransient, Exception? innerException = null)
        : base(message, null, isTransient, innerException)
    {
    }
}
