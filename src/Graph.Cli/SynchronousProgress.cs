namespace Graph.Cli;

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, in order (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc/>
    public void Report(T value) => report(value);
}
