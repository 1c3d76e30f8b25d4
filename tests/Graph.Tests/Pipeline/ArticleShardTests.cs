using Graph.Pipeline;

namespace Graph.Tests.Pipeline;

public sealed class ArticleShardTests
{
    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/4", 2, 4)]
    public void Shard_is_read_from_index_slash_count(string text, int index, int count) =>
        Assert.Equal(new ArticleShard(index, count), ArticleShard.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void Shard_outside_its_count_or_not_a_fraction_is_rejected(string text) => Assert.Null(ArticleShard.Parse(text));

    [Fact]
    public void Every_article_id_falls_in_exactly_one_shard_the_same_every_time()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"article:{i * 7919:x16}").ToList();
        var shards = Enumerable.Range(0, 4).Select(i => new ArticleShard(i, 4)).ToList();
        foreach (var id in ids)
        {
            Assert.Single(shards, shard => shard.Contains(id));
        }

        Assert.All(shards, shard => Assert.InRange(ids.Count(shard.Contains), 20, 80));
        Assert.Equal(ids.Where(shards[1].Contains), ids.Where(new ArticleShard(1, 4).Contains));
    }

    [Fact]
    public async Task Extract_rejects_a_malformed_shard_as_a_usage_error()
    {
        using var error = new StringWriter();
        var exitCode = await Graph.Cli.Program.RunAsync(["extract", "--shard", "3/3"], invocation: new System.CommandLine.InvocationConfiguration { Output = TextWriter.Null, Error = error });
        Assert.Equal(Graph.Cli.ExitCodes.UsageError, exitCode);
        Assert.Contains("--shard", error.ToString(), StringComparison.Ordinal);
    }
}
