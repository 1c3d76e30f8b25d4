using System.Text;
using Graph.Output;

namespace Graph.Tests.Output;

public sealed class AtomicFileWriterTests
{
    private static Func<Stream, CancellationToken, Task> WriteText(string text) =>
        (stream, token) => stream.WriteAsync(Encoding.UTF8.GetBytes(text), token).AsTask();

    [Fact]
    public async Task Writes_the_file_creating_its_folder_and_leaves_nothing_else()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "new", "out.json");
        await AtomicFileWriter.WriteAsync(path, WriteText("سلام"), TestContext.Current.CancellationToken);
        Assert.Equal("سلام", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task Replaces_an_existing_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("out.json", "old");
        await AtomicFileWriter.WriteAsync(path, WriteText("new"), TestContext.Current.CancellationToken);
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public async Task Failure_while_writing_leaves_the_old_file_and_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("out.json", "old");
        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFileWriter.WriteAsync(
            path,
            async (stream, token) =>
            {
                await stream.WriteAsync("half"u8.ToArray(), token);
                throw new InvalidOperationException("disk gone");
            },
            TestContext.Current.CancellationToken));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Cancellation_while_writing_leaves_the_old_file_and_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("out.json", "old");
        using var cancellation = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFileWriter.WriteAsync(
            path,
            async (stream, token) =>
            {
                await stream.WriteAsync("half"u8.ToArray(), token);
                await cancellation.CancelAsync();
                token.ThrowIfCancellationRequested();
            },
            cancellation.Token));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Json_is_written_with_persian_and_joiners_unescaped_and_a_final_line_break()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "value.json");
        await AtomicFileWriter.WriteJsonAsync(path, new { name = "نخست\u200Cوزیر" }, GraphJsonWriter.Options, TestContext.Current.CancellationToken);
        Assert.Equal("{\n  \"name\": \"نخست\u200Cوزیر\"\n}\n", File.ReadAllText(path));
    }
}
