namespace Graph.Articles;

/// <summary>What one line of an article is.</summary>
internal enum LineKind
{
    /// <summary>Nothing but whitespace.</summary>
    Blank,

    /// <summary>Article text.</summary>
    Text,

    /// <summary>Only a date, time or relative day, perhaps with a label («تاریخ انتشار:») or a news code: metadata, kept.</summary>
    Date,

    /// <summary>Page furniture: a news code, a comment counter, share labels, a short line with no Persian letters.</summary>
    Furniture,

    /// <summary>Page furniture that heads a list of other headlines («اخبار مرتبط»); the short lines after it are furniture too.</summary>
    ListHeading,
}
