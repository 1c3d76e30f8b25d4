namespace Graph.Neo4j;

/// <summary>A failure talking to Neo4j; the message is one line meant for the user and never contains the password.</summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line message for the user.</param>
    /// <param name="code">The Neo4j status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>), when the server sent one.</param>
    /// <param name="isTransient">Whether trying again may succeed.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public Neo4jException(string message, string? code = null, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>The Neo4j status code, when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>Whether trying again may succeed (transient server errors, HTTP 5xx, timeouts, dropped connections).</summary>
    public bool IsTransient { get; }

    /// <summary>How many attempts were made before giving up (1 when the failure was not retried).</summary>
    public int Attempts { get; internal set; } = 1;
}
