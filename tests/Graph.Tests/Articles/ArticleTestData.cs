namespace Graph.Tests.Articles;

/// <summary>Paths of the files in Articles/TestData and of the seed articles, as copied to the test output folder.</summary>
internal static class ArticleTestData
{
    public static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Articles", "TestData", name);

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string Seed(string name) => Path.Combine(SeedsFolder, name);

    public static string SeedText(string name) => System.IO.File.ReadAllText(Seed(name));
}
