namespace Graph.Neo4j;

/// <summary>The server refused the credentials (HTTP 401).</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jAuthenticationException(string message, string user, string? code)
        : base(message, code)
    {
        User = user;
    }

    /// <summary>The user whose credentials were refused.</summary>
    public string User { get; }
}
