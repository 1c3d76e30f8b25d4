using System.Text.Json;
using Graph.Articles;
using Graph.Output;
using Graph.Tests.Articles;
using Graph.Text;

namespace Graph.Tests.Output;

public sealed class ArticlesJsonSinkTests
{
    private static readonly ArticleFactory Factory = new();

    private static ArticleRead Read(string text, string file) => new(Factory.Create(text, new ArticleSource(file))!, []);

    [Fact]
    public void Articles_are_ordered_by_id_with_their_duplicates_and_the_failures_in_read_order()
    {
        var sink = new ArticlesJsonSink();
        var first = Read("سفر وزیر به مسکو\nبه گزارش ایسنا، وزیر رفت.", "a.txt");
        var second = Read("دیدار دو رئیس جمهور", "b.txt");
        sink.Accept(first);
        sink.Accept(second);
        sink.Accept(new DuplicateArticle(first.Article.Id, new ArticleSource("feed.jsonl", 3, "x"), first.Article.Source));
        sink.Accept(new InputFailed(new ArticleSource("feed.jsonl", 4), InputFailureReason.MalformedJsonLine, "is not valid JSON"));
        sink.Accept(new InputFailed(new ArticleSource("c.txt"), InputFailureReason.Empty, "is empty"));

        var document = sink.ToDocument();
        Assert.Equal(2, document.Read);
        Assert.Equal(1, document.Duplicates);
        Assert.Equal(2, document.Failed);
        Assert.Equal([.. new[] { first.Article.Id, second.Article.Id }.Order(StringComparer.Ordinal)], document.Articles.Select(a => a.Id));
        var entry = document.Articles.Single(a => a.Id == first.Article.Id);
        Assert.Equal([new ArticleOrigin("feed.jsonl", 3, "x")], entry.Duplicates);
        Assert.Equal(["ایسنا"], entry.Outlets);
        Assert.Equal(["سفر وزیر به مسکو", "به گزارش ایسنا، وزیر رفت."], entry.Paragraphs);
        Assert.Null(entry.Sentences);
        Assert.Equal(["malformedJsonLine", "empty"], document.Failures.Select(f => f.Reason));
        Assert.Equal(4, document.Failures[0].Line);
    }

    [Fact]
    public async Task Written_file_is_the_same_whatever_the_order_the_articles_came_in()
    {
        using var folder = new TemporaryFolder();
        var a = Read("متن اول", "a.txt");
        var b = Read("متن دوم", "b.txt");
        var forward = new ArticlesJsonSink();
        forward.Accept(a);
        forward.Accept(b);
        var backward = new ArticlesJsonSink();
        backward.Accept(b);
        backward.Accept(a);
        await forward.WriteAsync(Path.Combine(folder.Path, "1"), TestContext.Current.CancellationToken);
        await backward.WriteAsync(Path.Combine(folder.Path, "2"), TestContext.Current.CancellationToken);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(folder.Path, "1", ArticlesDocument.FileName)),
            File.ReadAllBytes(Path.Combine(folder.Path, "2", ArticlesDocument.FileName)));
    }

    [Fact]
    public async Task Written_file_is_what_the_serializer_makes_of_the_whole_document()
    {
        using var folder = new TemporaryFolder();
        using var sink = new ArticlesJsonSink(PersianSentenceSplitter.Instance);
        var first = Read(ArticleTestData.SeedText("000_a4726ea7a5eced5f.txt"), "a.txt");
        sink.Accept(first);
        sink.Accept(Read("دیدار دو رئیس جمهور\nمتن «خبر» با \"نقل قول\".", "b.txt"));
        sink.Accept(new DuplicateArticle(first.Article.Id, new ArticleSource("feed.jsonl", 3, "x"), first.Article.Source));
        sink.Accept(new InputFailed(new ArticleSource("c.txt"), InputFailureReason.Empty, "is empty"));

        await AssertWrittenAsSerializedAsync(sink, folder.Path);
    }

    [Fact]
    public async Task Written_file_of_no_article_is_what_the_serializer_makes_of_it()
    {
        using var folder = new TemporaryFolder();
        using var sink = new ArticlesJsonSink();
        sink.Accept(new InputFailed(new ArticleSource("c.txt"), InputFailureReason.Empty, "is empty"));

        await AssertWrittenAsSerializedAsync(sink, folder.Path);
    }

    [Fact]
    public async Task Written_file_has_the_article_fields()
    {
        using var folder = new TemporaryFolder();
        var sink = new ArticlesJsonSink();
        sink.Accept(Read("سفر وزیر\n۲۷ فروردین ۱۳۹۷ ساعت ۱۱:۲۳\nمتن\nکد خبر: ۱", "a.txt"));
        await sink.WriteAsync(folder.Path, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, ArticlesDocument.FileName)));
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("articles/1", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("a.txt", article.GetProperty("file").GetString());
        Assert.Equal("سفر وزیر", article.GetProperty("title").GetString());
        Assert.Equal("2018-04-16", article.GetProperty("published").GetString());
        Assert.Equal("11:23", article.GetProperty("publishedTime").GetString());
        Assert.Equal("کد خبر: ۱", article.GetProperty("furniture")[0].GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("line").ValueKind);
    }

    [Fact]
    public void Sentences_are_written_with_original_offsets_when_a_splitter_is_given()
    {
        var sink = new ArticlesJsonSink(new LineSplitter());
        const string original = "سفر وزير\nمتن خبر";
        sink.Accept(new ArticleRead(Factory.Create(original, new ArticleSource("a.txt"))!, []));
        var sentences = sink.ToDocument().Articles[0].Sentences!;
        Assert.Equal([new SentenceEntry(0, 8, "سفر وزیر"), new SentenceEntry(9, 16, "متن خبر")], sentences);
        Assert.Equal("سفر وزير", original[sentences[0].Start..sentences[0].End]);
    }

    /// <summary>Splits at line breaks only: enough to see sentences reach the output.</summary>
    private sealed class LineSplitter : ISentenceSplitter
    {
        public IReadOnlyList<Sentence> Split(string normalizedText)
        {
            var sentences = new List<Sentence>();
            var start = 0;
            foreach (var line in normalizedText.Split('\n'))
            {
                sentences.Add(new Sentence(sentences.Count, new TextSpan(start, start + line.Length), line, true));
                start += line.Length + 1;
            }

            return sentences;
        }
    }

    private static async Task AssertWrittenAsSerializedAsync(ArticlesJsonSink sink, string folder)
    {
        await sink.WriteAsync(folder, TestContext.Current.CancellationToken);

        Assert.Equal(
            JsonSerializer.Serialize(sink.ToDocument(), GraphJsonWriter.Options) + "\n",
            File.ReadAllText(Path.Combine(folder, ArticlesDocument.FileName)));
    }
}
