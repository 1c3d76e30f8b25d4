namespace Graph.Neo4j;

/// <summary>The result of one statement: its columns, its rows and what it changed.</summary>
/// <param name="Columns">The column names, in order.</param>
/// <param name="Rows">The rows; each value is null, a string, a bool, a long, a double, a list or a string-keyed map of those (nodes and relationships come back as their property maps).</param>
/// <param name="Stats">What the statement changed.</param>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, CypherStats Stats)
{
    /// <summary>The value of a column in a row, by column name.</summary>
    /// <exception cref="KeyNotFoundException">The result has no such column.</exception>
    public object? Value(int row, string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return Rows[row][i];
            }
        }

        throw new KeyNotFoundException($"The result has no column '{column}'; it has: {string.Join(", ", Columns)}.");
    }
}
