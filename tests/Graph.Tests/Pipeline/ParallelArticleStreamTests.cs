using Graph.Articles;
using Graph.Cli;
using Graph.Lexicon;
using Graph.Output;
using Graph.Pipeline;

namespace Graph.Tests.Pipeline;

public sealed class ParallelArticleStreamTests
{
    [Fact]
    public async Task Outcomes_come_in_reading_order_with_duplicates_marked_as_a_sequential_read_marks_them()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var sequential = new List<string>();
        await foreach (var outcome in new ArticleReader().ReadAsync([input], TestContext.Current.CancellationToken))
        {
            sequential.Add(Describe(outcome));
        }

        var parallel = new List<string>();
        var stream = new ParallelArticleStream(new ArticleReader(), [], parallelism: 4);
        await foreach (var prepared in stream.ReadAsync([input], TestContext.Current.CancellationToken))
        {
            parallel.Add(Describe(prepared.Outcome));
        }

        Assert.Equal(sequential, parallel);
        Assert.Contains(parallel, p => p.StartsWith("duplicate", StringComparison.Ordinal));
        Assert.Contains(parallel, p => p.StartsWith("failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_sink_gets_what_it_prepared_for_the_same_article()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var sink = new IdSink();
        var stream = new ParallelArticleStream(new ArticleReader(), [sink], parallelism: 3);
        var articles = 0;
        await foreach (var prepared in stream.ReadAsync([input], TestContext.Current.CancellationToken))
        {
            if (prepared.Outcome is ArticleRead read)
            {
                Assert.Equal(read.Article.Id, prepared.Prepared[0]);
                articles++;
            }
            else
            {
                Assert.Null(prepared.Prepared[0]);
            }
        }

        Assert.True(articles > 10);
    }

    [Fact]
    public async Task The_shards_of_a_corpus_share_no_article_and_together_hold_them_all()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var all = await IdsAsync(input, ArticleShard.All);
        var shards = new List<List<string>>();
        for (var i = 0; i < 3; i++)
        {
            shards.Add(await IdsAsync(input, new ArticleShard(i, 3)));
        }

        Assert.Equal(all.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        Assert.All(shards, shard => Assert.NotEmpty(shard));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Graph_json_and_articles_json_are_the_same_bytes_whatever_the_parallelism(int parallelism)
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var sequential = Path.Combine(folder.Path, "p1");
        var parallel = Path.Combine(folder.Path, $"p{parallelism}");

        Assert.Equal(ExitCodes.InputFailed, await Program.Main(["extract", input, "-o", sequential, "--parallelism", "1", "-v", "quiet"]));
        Assert.Equal(ExitCodes.InputFailed, await Program.Main(["extract", input, "-o", parallel, "--parallelism", parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture), "-v", "quiet"]));

        foreach (var file in new[] { GraphJsonSink.FileName, ArticlesDocument.FileName })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(sequential, file)), File.ReadAllBytes(Path.Combine(parallel, file)));
        }
    }

    [Fact]
    public async Task The_graph_of_a_parallel_run_is_the_graph_of_adding_the_articles_one_by_one()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var knowledge = KnowledgeBase.LoadBuiltIn();
        var oneByOne = new GraphJsonSink(knowledge);
        await foreach (var outcome in new ArticleReader().ReadAsync([input], TestContext.Current.CancellationToken))
        {
            oneByOne.Accept(outcome);
        }

        var output = Path.Combine(folder.Path, "out");
        await Program.Main(["extract", input, "-o", output, "--parallelism", "4", "-v", "quiet"]);

        Assert.Equal(GraphJsonWriter.Serialize(oneByOne.Build()), File.ReadAllText(Path.Combine(output, GraphJsonSink.FileName)));
    }

    private static async Task<List<string>> IdsAsync(string input, ArticleShard shard)
    {
        var ids = new List<string>();
        var stream = new ParallelArticleStream(new ArticleReader(), [], parallelism: 2, shard);
        await foreach (var prepared in stream.ReadAsync([input], TestContext.Current.CancellationToken))
        {
            if (prepared.Outcome is ArticleRead read)
            {
                Assert.True(shard.Contains(read.Article.Id));
                ids.Add(read.Article.Id);
            }
        }

        return ids;
    }

    private static string Describe(ArticleReadOutcome outcome) => outcome switch
    {
        ArticleRead read => $"article {read.Article.Id} {read.Source.File}:{read.Source.Line}",
        DuplicateArticle duplicate => $"duplicate {duplicate.Id} {duplicate.Source.File} of {duplicate.First.File}",
        InputFailed failed => $"failed {failed.Describe()}",
        _ => outcome.ToString(),
    };

    /// <summary>Prepares each article as its id, to see that preparations come back with their own article.</summary>
    private sealed class IdSink : IArticleSink
    {
        public void Accept(ArticleReadOutcome outcome)
        {
        }

        public object? Prepare(Article article) => article.Id;

        public Task WriteAsync(string outputFolder, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
