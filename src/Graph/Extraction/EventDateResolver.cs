using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Finds when something in a sentence happened: an absolute date, or a relative day («دیروز»,
/// «روز یکشنبه») counted from the article's publication date.
/// </summary>
internal sealed class EventDateResolver(IDateFinder dates)
{
    /// <summary>The date the sentence gives, resolved against <paramref name="published"/>, or null.</summary>
    public DateOnly? Resolve(string sentenceText, DateOnly? published)
    {
        foreach (var mention in dates.Find(sentenceText, published))
        {
            if (mention.Date is { } absolute)
            {
                return absolute;
            }

            if (published is not { } reference)
            {
                continue;
            }

            if (mention.RelativeDays is { } days)
            {
                return reference.AddDays(days);
            }

            if (mention.Weekday is { } weekday)
            {
                // «روز یکشنبه» in news means the last such day, up to the publication day itself.
                var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
                return reference.AddDays(-back);
            }
        }

        return null;
    }
}
