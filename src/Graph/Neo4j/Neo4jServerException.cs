namespace Graph.Neo4j;

/// <summary>The server answered with an HTTP status or a body the client does not expect (HTTP 5xx is transient).</summary>
public sealed class Neo4jServerException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jServerException(string message, int statusCode, string? code = null)
        : base(message, code, isTransient: statusCode >= 500)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code of the answer.</summary>
    public int StatusCode { get; }
}
