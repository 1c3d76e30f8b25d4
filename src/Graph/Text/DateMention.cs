namespace Graph.Text;

/// <summary>A date, time or relative day named in a text.</summary>
/// <param name="Span">Where the mention lies in the normalized text.</param>
/// <param name="Date">The Gregorian date, when the text gives a full date or it could be resolved against a reference date.</param>
/// <param name="Time">The time of day given next to the date («ساعت 11:23»).</param>
/// <param name="RelativeDays">Days from the reference day for relative words: «امروز» 0, «دیروز» -1, «فردا» 1.</param>
/// <param name="Weekday">The weekday the text names («یکشنبه»).</param>
public sealed record DateMention(TextSpan Span, DateOnly? Date, TimeOnly? Time, int? RelativeDays, DayOfWeek? Weekday);
