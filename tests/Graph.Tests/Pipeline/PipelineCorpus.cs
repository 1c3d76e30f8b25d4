using Graph.Tests.Articles;

namespace Graph.Tests.Pipeline;

/// <summary>
/// A small corpus for pipeline tests: the seeds and the extraction test articles, a copy of one article in
/// another file (a duplicate), a JSON Lines file with a good and a malformed record, and a binary file.
/// </summary>
internal static class PipelineCorpus
{
    /// <summary>Writes the corpus into <paramref name="folder"/>/in and returns that folder.</summary>
    public static string Write(TemporaryFolder folder)
    {
        foreach (var seed in Directory.GetFiles(ArticleTestData.SeedsFolder, "*.txt"))
        {
            folder.Write("in/seeds/" + Path.GetFileName(seed), File.ReadAllBytes(seed));
        }

        var articles = Path.Combine(AppContext.BaseDirectory, "Extraction", "TestData", "articles");
        foreach (var article in Directory.GetFiles(articles, "*.txt"))
        {
            folder.Write("in/tests/" + Path.GetFileName(article), File.ReadAllBytes(article));
        }

        folder.Write("in/tests/zz-copy-of-01.txt", File.ReadAllBytes(Path.Combine(articles, "01-phone-call.txt")));
        folder.Write("in/feed.jsonl", "{\"id\": \"a1\", \"text\": \"دیدار عراقچی با لاوروف در مسکو\"}\n{not json\n");
        folder.Write("in/broken.txt", [0x00, 0xFF, 0x00]);
        return Path.Combine(folder.Path, "in");
    }
}
