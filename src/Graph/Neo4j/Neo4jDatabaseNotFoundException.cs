namespace Graph.Neo4j;

/// <summary>The server has no database of the requested name.</summary>
public sealed class Neo4jDatabaseNotFoundException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jDatabaseNotFoundException(string message, string database, string? code)
        : base(message, code)
    {
        Database = database;
    }

    /// <summary>The database that was asked for.</summary>
    public string Database { get; }
}
