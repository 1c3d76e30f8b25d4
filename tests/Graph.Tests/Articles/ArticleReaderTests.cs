using System.Text;
using Graph.Articles;
using Graph.Text;

namespace Graph.Tests.Articles;

public sealed class ArticleReaderTests
{
    private static async Task<List<ArticleReadOutcome>> ReadAsync(IArticleReader reader, params string[] inputs)
    {
        var outcomes = new List<ArticleReadOutcome>();
        await foreach (var outcome in reader.ReadAsync(inputs, TestContext.Current.CancellationToken))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    private static Task<List<ArticleReadOutcome>> ReadAsync(params string[] inputs) => ReadAsync(new ArticleReader(), inputs);

    private static async Task<Article> ReadOneAsync(string input) =>
        Assert.IsType<ArticleRead>(Assert.Single(await ReadAsync(input))).Article;

    private static async Task<InputFailed> FailOneAsync(string input, ArticleReader? reader = null) =>
        Assert.IsType<InputFailed>(Assert.Single(await ReadAsync(reader ?? new ArticleReader(), input)));

    [Theory]
    [InlineData("utf8.txt", "utf-8")]
    [InlineData("utf8-bom.txt", "utf-8")]
    [InlineData("utf16le.txt", "utf-16")]
    [InlineData("utf16be.txt", "utf-16BE")]
    [InlineData("windows-1256.txt", "windows-1256")]
    public async Task Every_supported_encoding_gives_the_same_article(string file, string encoding)
    {
        var expected = await ReadOneAsync(ArticleTestData.File("utf8.txt"));
        var article = await ReadOneAsync(ArticleTestData.File(file));
        Assert.Equal(encoding, article.Source.Encoding);
        Assert.Equal(expected.Id, article.Id);
        Assert.Equal(expected.Content.Text, article.Content.Text);
        Assert.Equal("دیدار وزیران خارجه ایران و ترکیه در آنکارا", article.Metadata.Title);
        Assert.Equal(new DateOnly(2020, 10, 10), article.Metadata.Published);
    }

    [Fact]
    public async Task Latin1_file_fails_with_an_unknown_encoding_naming_the_file()
    {
        var path = ArticleTestData.File("latin1.txt");
        var failed = await FailOneAsync(path);
        Assert.Equal(InputFailureReason.UnknownEncoding, failed.Reason);
        Assert.StartsWith(path + ": ", failed.Describe(), StringComparison.Ordinal);
        Assert.Contains("UTF-8", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_with_nul_bytes_fails_as_binary() =>
        Assert.Equal(InputFailureReason.Binary, (await FailOneAsync(ArticleTestData.File("binary.txt"))).Reason);

    [Fact]
    public async Task Utf8_file_with_control_characters_fails_as_binary()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("controls.txt", [0x01, 0x02, 0x03, 0x41, 0x1B, 0x42, 0x07]);
        Assert.Equal(InputFailureReason.Binary, (await FailOneAsync(path)).Reason);
    }

    [Fact]
    public async Task Empty_file_fails_as_empty()
    {
        var failed = await FailOneAsync(ArticleTestData.File("empty.txt"));
        Assert.Equal(InputFailureReason.Empty, failed.Reason);
        Assert.Equal("is empty", failed.Message);
    }

    [Fact]
    public async Task Whitespace_only_file_fails_as_empty() =>
        Assert.Equal(InputFailureReason.Empty, (await FailOneAsync(ArticleTestData.File("whitespace.txt"))).Reason);

    [Fact]
    public async Task File_with_only_page_furniture_fails_as_empty()
    {
        var failed = await FailOneAsync(ArticleTestData.File("furniture-only.txt"));
        Assert.Equal(InputFailureReason.Empty, failed.Reason);
        Assert.Contains("page furniture", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_over_the_size_limit_fails_as_too_large()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxArticleBytes = 100 });
        var failed = await FailOneAsync(ArticleTestData.File("utf8.txt"), reader);
        Assert.Equal(InputFailureReason.TooLarge, failed.Reason);
        Assert.Contains("100 bytes", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_path_fails_as_not_found()
    {
        var failed = await FailOneAsync("/no/such/article.txt");
        Assert.Equal(InputFailureReason.NotFound, failed.Reason);
        Assert.Equal("/no/such/article.txt: does not exist", failed.Describe());
    }

    [Fact]
    public async Task Broken_symbolic_link_fails_as_unreadable()
    {
        using var folder = new TemporaryFolder();
        var link = Path.Combine(folder.Path, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(folder.Path, "missing-target.txt"));
        var failed = await FailOneAsync(link);
        Assert.Equal(InputFailureReason.Unreadable, failed.Reason);
        Assert.Contains("broken symbolic link", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_denied_by_the_file_system_fails_as_unreadable_and_reading_goes_on()
    {
        var denied = ArticleTestData.File("utf8.txt");
        var reader = new ArticleReader(
            new ArticleReaderOptions(),
            new ArticleFactory(),
            path => path == denied ? throw new UnauthorizedAccessException("Access denied.") : File.OpenRead(path));
        var outcomes = await ReadAsync(reader, denied, ArticleTestData.File("utf16le.txt"));
        var failed = Assert.IsType<InputFailed>(outcomes[0]);
        Assert.Equal(InputFailureReason.Unreadable, failed.Reason);
        Assert.Contains("Access denied", failed.Message, StringComparison.Ordinal);
        Assert.IsType<ArticleRead>(outcomes[1]);
    }

    [Fact]
    public async Task Folder_without_matching_files_fails()
    {
        using var folder = new TemporaryFolder();
        folder.Write("notes.md", "یادداشت");
        var failed = await FailOneAsync(folder.Path);
        Assert.Equal(InputFailureReason.NoMatchingFiles, failed.Reason);
        Assert.Contains("*.txt", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_is_read_recursively_in_path_order_with_json_lines_files_too()
    {
        using var folder = new TemporaryFolder();
        folder.Write("b/second.txt", "متن دوم");
        folder.Write("a.txt", "متن اول");
        folder.Write("c/feed.jsonl", "{\"text\": \"متن سوم\"}\n");
        folder.Write("skip.md", "متن دیگر");
        var outcomes = await ReadAsync(folder.Path);
        Assert.Equal(
            [Path.Combine(folder.Path, "a.txt"), Path.Combine(folder.Path, "b", "second.txt"), Path.Combine(folder.Path, "c", "feed.jsonl")],
            outcomes.Select(o => o.Source.File));
        Assert.All(outcomes, o => Assert.IsType<ArticleRead>(o));
    }

    [Fact]
    public async Task Hidden_files_and_folders_of_a_folder_are_skipped()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", "متن اول");
        folder.Write(".hidden.txt", "متن پنهان");
        folder.Write(".cache/b.txt", "متن دیگر");
        var read = Assert.IsType<ArticleRead>(Assert.Single(await ReadAsync(folder.Path)));
        Assert.EndsWith("a.txt", read.Article.Source.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pattern_chooses_other_files_of_a_folder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", "متن اول");
        folder.Write("b.md", "متن دوم");
        var reader = new ArticleReader(new ArticleReaderOptions { Pattern = "*.md" });
        var read = Assert.IsType<ArticleRead>(Assert.Single(await ReadAsync(reader, folder.Path)));
        Assert.EndsWith("b.md", read.Article.Source.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_file_in_a_folder_does_not_stop_the_others()
    {
        using var folder = new TemporaryFolder();
        folder.Write("1.txt", "متن اول");
        folder.Write("2.txt", [0x00, 0x01]);
        folder.Write("3.txt", "متن سوم");
        var outcomes = await ReadAsync(folder.Path);
        Assert.Collection(
            outcomes,
            o => Assert.IsType<ArticleRead>(o),
            o => Assert.Equal(InputFailureReason.Binary, Assert.IsType<InputFailed>(o).Reason),
            o => Assert.IsType<ArticleRead>(o));
    }

    [Fact]
    public async Task Json_lines_records_keep_their_line_id_url_and_given_fields()
    {
        var path = ArticleTestData.File("articles.jsonl");
        var outcomes = await ReadAsync(path);
        var first = Assert.IsType<ArticleRead>(outcomes[0]).Article;
        Assert.Equal(new ArticleSource(path, 1, "a1", "https://example.com/a1") { Encoding = "utf-8" }, first.Source);
        Assert.Equal("عنوان از فایل", first.Metadata.Title);
        Assert.Equal(["ایسنا", "ایرنا"], first.Metadata.Outlets);
        Assert.Equal(new DateOnly(2020, 10, 10), first.Metadata.Published);
        Assert.Equal(new TimeOnly(10, 45), first.Metadata.PublishedTime);

        var numericId = outcomes.OfType<ArticleRead>().Single(r => r.Article.Source.Line == 4).Article;
        Assert.Equal("7", numericId.Source.SourceId);
        Assert.Equal("سفر وزیر به مسکو", numericId.Metadata.Title);
        Assert.Equal(new DateOnly(2020, 10, 10), numericId.Metadata.Published);
    }

    [Fact]
    public async Task Bad_json_lines_are_reported_with_their_line_and_reading_goes_on()
    {
        var path = ArticleTestData.File("articles.jsonl");
        var outcomes = await ReadAsync(path);
        var failures = outcomes.OfType<InputFailed>().ToDictionary(f => f.Source.Line!.Value);
        Assert.Equal([3, 5, 6, 7, 10], failures.Keys.Order());
        Assert.Equal(InputFailureReason.MalformedJsonLine, failures[3].Reason);
        Assert.StartsWith(path + ":3: is not valid JSON", failures[3].Describe(), StringComparison.Ordinal);
        Assert.Equal(InputFailureReason.MissingText, failures[5].Reason);
        Assert.Equal("no-text", failures[5].Source.SourceId);
        Assert.Equal(InputFailureReason.MalformedJsonLine, failures[6].Reason);
        Assert.Contains("\"title\"", failures[6].Message, StringComparison.Ordinal);
        Assert.Equal(InputFailureReason.MalformedJsonLine, failures[7].Reason);
        Assert.Contains("not an object", failures[7].Message, StringComparison.Ordinal);
        Assert.Equal(InputFailureReason.Empty, failures[10].Reason);
        Assert.Contains(outcomes, o => o is ArticleRead { Article.Source.Line: 9 });
    }

    [Fact]
    public async Task Unreadable_published_field_is_a_warning_and_the_date_in_the_text_is_used()
    {
        var read = (await ReadAsync(ArticleTestData.File("articles.jsonl"))).OfType<ArticleRead>().Single(r => r.Article.Source.SourceId == "odd-date");
        Assert.Contains("someday", Assert.Single(read.Warnings), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2018, 4, 16), read.Article.Metadata.Published);
    }

    [Fact]
    public async Task Json_line_over_the_size_limit_fails_as_too_large_and_the_next_line_is_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("big.jsonl", "{\"text\": \"" + new string('ب', 200) + "\"}\n{\"text\": \"کوتاه\"}\n");
        var reader = new ArticleReader(new ArticleReaderOptions { MaxArticleBytes = 100 });
        var outcomes = await ReadAsync(reader, path);
        Assert.Equal(InputFailureReason.TooLarge, Assert.IsType<InputFailed>(outcomes[0]).Reason);
        Assert.Equal(1, outcomes[0].Source.Line);
        Assert.Equal(2, Assert.IsType<ArticleRead>(outcomes[1]).Article.Source.Line);
    }

    [Fact]
    public async Task Utf16_json_lines_file_fails_as_unknown_encoding()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("wide.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"text\": \"متن\"}\n")]);
        Assert.Equal(InputFailureReason.UnknownEncoding, (await FailOneAsync(path)).Reason);
    }

    [Fact]
    public async Task Json_lines_file_with_a_bom_and_crlf_line_ends_is_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"text\": \"متن اول\"}\r\n{\"text\": \"متن دوم\"}\r\n")]);
        var outcomes = await ReadAsync(path);
        Assert.Equal(["متن اول", "متن دوم"], outcomes.Select(o => Assert.IsType<ArticleRead>(o).Article.Content.Text));
    }

    [Fact]
    public async Task Json_lines_file_without_records_fails_as_empty()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("blank.jsonl", "\n  \n");
        Assert.Equal(InputFailureReason.Empty, (await FailOneAsync(path)).Reason);
    }

    [Fact]
    public async Task Id_is_article_and_16_hex_digits_of_the_sha256_of_the_normalized_text()
    {
        var article = await ReadOneAsync(ArticleTestData.File("utf8.txt"));
        Assert.Matches("^article:[0-9a-f]{16}$", article.Id);
        Assert.Equal(Article.CreateId(article.Content.Text), article.Id);
        Assert.Equal("article:2cf24dba5fb0a30e", Article.CreateId("hello"));
    }

    [Fact]
    public async Task Same_article_from_two_paths_is_one_article_and_the_second_is_a_duplicate()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Write("1.txt", "دیدار دو وزیر\nکد خبر: ۱۲۳");
        var second = folder.Write("2.txt", "ديدار دو وزير\n\nشناسه خبر: 456\n");
        var outcomes = await ReadAsync(first, second);
        var read = Assert.IsType<ArticleRead>(outcomes[0]);
        var duplicate = Assert.IsType<DuplicateArticle>(outcomes[1]);
        Assert.Equal(read.Article.Id, duplicate.Id);
        Assert.Equal(first, duplicate.First.File);
        Assert.Equal(second, duplicate.Source.File);
    }

    [Fact]
    public async Task Same_article_read_in_two_runs_has_the_same_id()
    {
        var path = ArticleTestData.Seed("004_4ebda61dd840b46e.txt");
        Assert.Equal((await ReadOneAsync(path)).Id, (await ReadOneAsync(path)).Id);
    }

    [Fact]
    public async Task Standard_input_is_read_as_one_article()
    {
        var bytes = File.ReadAllBytes(ArticleTestData.File("windows-1256.txt"));
        var reader = new ArticleReader(new ArticleReaderOptions { OpenStandardInput = () => new MemoryStream(bytes) });
        var article = Assert.IsType<ArticleRead>(Assert.Single(await ReadAsync(reader, "-"))).Article;
        Assert.Equal("-", article.Source.File);
        Assert.Equal("windows-1256", article.Source.Encoding);
        Assert.Equal((await ReadOneAsync(ArticleTestData.File("utf8.txt"))).Id, article.Id);
    }

    [Fact]
    public async Task Standard_input_over_the_size_limit_fails_as_too_large()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxArticleBytes = 10, OpenStandardInput = () => new NonSeekableStream(new byte[11]) });
        Assert.Equal(InputFailureReason.TooLarge, (await FailOneAsync("-", reader)).Reason);
    }

    [Fact]
    public async Task Content_offsets_map_back_to_the_original_text_around_the_furniture()
    {
        var article = await ReadOneAsync(ArticleTestData.Seed("002_e1641abe1a8f5f92.txt"));
        Assert.DoesNotContain("کد خبر", article.Content.Text, StringComparison.Ordinal);
        var at = article.Content.Text.IndexOf("ارتشبد", StringComparison.Ordinal);
        Assert.Equal("ارتشبد", article.Content.OriginalSlice(new TextSpan(at, at + "ارتشبد".Length)));
        Assert.Equal(4, article.Furniture.Count);
    }

    [Fact]
    public async Task Cancelled_reading_stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in new ArticleReader().ReadAsync([ArticleTestData.SeedsFolder], cancelled.Token))
            {
            }
        });
    }

    [Fact]
    public async Task Summary_counts_articles_duplicates_and_failures_by_reason()
    {
        var outcomes = await ReadAsync(ArticleTestData.File("articles.jsonl"), ArticleTestData.File("empty.txt"));
        var summary = outcomes.Aggregate(ReadSummary.Empty, (s, o) => s.Add(o));
        Assert.Equal(3, summary.Read);
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(6, summary.Failed);
        Assert.Equal(3, summary.Failures[InputFailureReason.MalformedJsonLine]);
        Assert.Equal(2, summary.Failures[InputFailureReason.Empty]);
        Assert.Equal(1, summary.Failures[InputFailureReason.MissingText]);
    }

    /// <summary>A stream that cannot tell its length, like a pipe.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
