using System.Globalization;
using Graph.Text;

namespace Graph.Articles;

/// <summary>
/// Finds an article's metadata in its normalized text: the title (the first non-empty line that is
/// not only a date), the outlets («به گزارش X به نقل از Y») and the publication date and time (the
/// first full date in the header, the first <see cref="HeaderLines"/> non-empty lines).
/// </summary>
public sealed class ArticleMetadataExtractor
{
    /// <summary>How many non-empty lines from the top are searched for the publication date.</summary>
    public const int HeaderLines = 5;

    private readonly IDateFinder _dateFinder;
    private readonly OutletFinder _outletFinder;
    private readonly LineClassifier _lines;

    /// <summary>Creates an extractor with <see cref="PersianDateFinder"/> and <see cref="OutletFinder"/>.</summary>
    public ArticleMetadataExtractor()
        : this(PersianDateFinder.Instance, OutletFinder.Instance)
    {
    }

    /// <summary>Creates an extractor with the given finders.</summary>
    public ArticleMetadataExtractor(IDateFinder dateFinder, OutletFinder outletFinder)
    {
        ArgumentNullException.ThrowIfNull(dateFinder);
        ArgumentNullException.ThrowIfNull(outletFinder);
        _dateFinder = dateFinder;
        _outletFinder = outletFinder;
        _lines = new LineClassifier(dateFinder);
    }

    /// <summary>The title, outlets and publication date found in <paramref name="normalizedText"/>.</summary>
    public ArticleMetadata Extract(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        // The lines are read lazily: the title and the header are at the top of a long text.
        var lines = NonEmptyLines(normalizedText);
        var title = lines.FirstOrDefault(l => _lines.Classify(l) != LineKind.Date);
        DateMention? published = null;
        foreach (var line in lines.Take(HeaderLines))
        {
            published = _dateFinder.Find(line).FirstOrDefault(m => m.Date is not null);
            if (published is not null)
            {
                break;
            }
        }

        return new ArticleMetadata(title, _outletFinder.Find(normalizedText), published?.Date, published?.Time);
    }

    /// <summary>The lines of <paramref name="text"/> without surrounding white space, those left empty skipped.</summary>
    private static IEnumerable<string> NonEmptyLines(string text)
    {
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                yield return line.ToString();
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// Reads a publication date given as a string: an ISO date or date-time («2018-04-16», «2018-04-16T11:23:00+04:30»,
    /// the time taken as written), or any date <see cref="IDateFinder"/> reads («1397/01/27»، «27 فروردین 1397»).
    /// </summary>
    public bool TryParsePublished(string value, out DateOnly date, out TimeOnly? time)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = DateOnly.FromDateTime(instant.DateTime);
            time = TimeOnly.FromDateTime(instant.DateTime);
            return true;
        }

        if (_dateFinder.Find(PersianNormalizer.Instance.NormalizeString(value)).FirstOrDefault(m => m.Date is not null) is { Date: { } found } mention)
        {
            date = found;
            time = mention.Time;
            return true;
        }

        date = default;
        time = null;
        return false;
    }
}
