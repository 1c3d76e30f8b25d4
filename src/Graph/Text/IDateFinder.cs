namespace Graph.Text;

/// <summary>Finds the dates, times and relative day words of a normalized text.</summary>
public interface IDateFinder
{
    /// <summary>The date mentions of <paramref name="normalizedText"/>, in text order; dates without a year stay unresolved.</summary>
    IReadOnlyList<DateMention> Find(string normalizedText);

    /// <summary>The date mentions of <paramref name="normalizedText"/>, resolving year-less, relative and weekday mentions against <paramref name="reference"/>.</summary>
    IReadOnlyList<DateMention> Find(string normalizedText, DateOnly? reference);
}
