namespace Graph.Neo4j;

/// <summary>Runs Cypher against a Neo4j database: the one seam between the tool and the database driver.</summary>
/// <remarks>
/// <see cref="Neo4jHttpClient"/> implements it over the HTTP transactional API; a Bolt driver could implement it
/// instead without touching the loader or the commands.
/// </remarks>
public interface ICypherRunner
{
    /// <summary>Runs the statements, in order, in one transaction that is committed when all succeed and rolled back otherwise.</summary>
    /// <param name="statements">The statements with their parameters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One result per statement, in the same order.</returns>
    /// <exception cref="Neo4jException">The server could not be reached, refused the credentials or the database, or a statement failed.</exception>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);
}
