using Graph.Articles;
using Graph.Tests.Text;
using Graph.Text;

namespace Graph.Tests.Articles;

public sealed class LineClassifierPropertyTests
{
    private const int CasesPerSeed = 2000;
    private const int MaxWords = 10;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lines_are_classified_alike_with_and_without_the_shortcut_past_the_date_search(int seed)
    {
        var generator = new RandomDateLine(seed);
        var fast = new LineClassifier(PersianDateFinder.Instance);
        var searching = new LineClassifier(new ForwardingDateFinder(PersianDateFinder.Instance));
        var dateLines = 0;
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var line = PersianNormalizer.Instance.NormalizeString(generator.Next(MaxWords));
            var kind = searching.Classify(line);
            Assert.True(kind == fast.Classify(line), $"«{line}» is {kind}");
            dateLines += kind is LineKind.Date ? 1 : 0;
        }

        // The lines are no test of the shortcut unless some of them are date lines.
        Assert.True(dateLines > 0);
    }
}
