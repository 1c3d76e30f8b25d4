using System.Buffers;
using Graph.Text;

namespace Graph.Articles;

/// <summary>
/// Finds the lines of an article's original text that are web-page furniture rather than the
/// article: news codes, comment counters, share and print labels, related-news lists, short lines
/// without Persian letters. Date lines are kept (they are metadata). The rules are described on
/// each kind of line in the README (section "Page furniture").
/// </summary>
public sealed class PageFurnitureFinder
{
    /// <summary>Short lines after a related-news heading count as furniture up to a blank line or a line longer than this many words.</summary>
    public const int MaxWordsOfListItem = 15;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\u2028\u2029");

    private readonly LineClassifier _classifier;

    /// <summary>Creates a finder that recognises date lines with <see cref="PersianDateFinder"/>.</summary>
    public PageFurnitureFinder()
        : this(PersianDateFinder.Instance)
    {
    }

    /// <summary>Creates a finder that recognises date lines with <paramref name="dateFinder"/>.</summary>
    public PageFurnitureFinder(IDateFinder dateFinder)
    {
        ArgumentNullException.ThrowIfNull(dateFinder);
        _classifier = new LineClassifier(dateFinder);
    }

    /// <summary>The furniture lines of <paramref name="original"/>, as spans of it (each without its line break), in order.</summary>
    public IReadOnlyList<TextSpan> Find(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var spans = new List<TextSpan>();
        var inList = false;
        var start = 0;
        while (start <= original.Length)
        {
            var end = original.AsSpan(start).IndexOfAny(LineBreaks);
            end = end < 0 ? -1 : start + end;
            if (end < 0)
            {
                end = original.Length;
            }

            var contentEnd = end > start && original[end - 1] == '\r' ? end - 1 : end;
            var line = PersianNormalizer.Instance.NormalizeString(original.AsSpan(start, contentEnd - start));
            var kind = _classifier.Classify(line);
            if (inList && kind is LineKind.Text && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsOfListItem)
            {
                kind = LineKind.Furniture;
            }
            else if (kind is not (LineKind.Furniture or LineKind.ListHeading))
            {
                inList = false;
            }

            if (kind is LineKind.ListHeading)
            {
                inList = true;
            }

            if (kind is LineKind.Furniture or LineKind.ListHeading && contentEnd > start)
            {
                spans.Add(new TextSpan(start, contentEnd));
            }

            start = end + 1;
        }

        return spans;
    }
}
