using System.Text.Json;

namespace Graph.Output;

/// <summary>
/// Writes files so that readers never see half of one: the content goes to a temporary file in the
/// same folder, which is renamed over the target only when complete. When writing fails or is
/// cancelled, the temporary file is deleted and the target is left as it was.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="writeContent"/>, creating its folder when needed.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> writeContent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(writeContent);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{path} has no folder.", nameof(path));
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await writeContent(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="value"/> as JSON to <paramref name="path"/>, followed by a line break.</summary>
    public static Task WriteJsonAsync<T>(string path, T value, JsonSerializerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return WriteAsync(
            path,
            async (stream, token) =>
            {
                await JsonSerializer.SerializeAsync(stream, value, options, token).ConfigureAwait(false);
                stream.WriteByte((byte)'\n');
            },
            cancellationToken);
    }
}
