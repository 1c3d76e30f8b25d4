namespace Graph.Neo4j;

/// <summary>A statement failed (syntax, runtime, constraint or transient error); the whole transaction was rolled back.</summary>
public sealed class Neo4jStatementException : Neo4jException
{
    /// <summary>Creates the exception from the server's code and message.</summary>
    public Neo4jStatementException(string code, string serverMessage)
        : base($"{code}: {serverMessage}", code, code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
    {
        ServerMessage = serverMessage;
    }

    /// <summary>The message as the server wrote it.</summary>
    public string ServerMessage { get; }
}
