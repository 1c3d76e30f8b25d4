using Graph.Text;

namespace Graph.Tests.Articles;

/// <summary>A date finder that asks another: the same answers, without what callers know of <see cref="PersianDateFinder"/>.</summary>
internal sealed class ForwardingDateFinder(IDateFinder inner) : IDateFinder
{
    public IReadOnlyList<DateMention> Find(string normalizedText) => inner.Find(normalizedText);

    public IReadOnlyList<DateMention> Find(string normalizedText, DateOnly? reference) => inner.Find(normalizedText, reference);
}
