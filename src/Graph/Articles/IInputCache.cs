namespace Graph.Articles;

/// <summary>What an earlier run read from files that have not changed since, so that they are not read again.</summary>
public interface IInputCache
{
    /// <summary>
    /// The outcomes <paramref name="file"/> gave in the earlier run when it has not changed since (same size and
    /// modification time), or null to read it. Called once per file, in reading order, before the file is read.
    /// </summary>
    IReadOnlyList<PendingRead>? Unchanged(string file);
}
