namespace Graph.Ner;

/// <summary>
/// How often each word form was part of a name of each type in the training sentences, and how often it
/// occurred at all: the tagger's memory of single words, which, unlike a word feature, needs no minimum count.
/// </summary>
internal sealed class NerNameDictionary
{
    private readonly Dictionary<string, Entry> _entries;

    private NerNameDictionary(IReadOnlyList<string> types, Dictionary<string, Entry> entries)
    {
        Types = types;
        _entries = entries;
    }

    /// <summary>A dictionary that knows no word.</summary>
    public static NerNameDictionary Empty { get; } = new([], new Dictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>The name types, in the order of the counts.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The number of word forms that were part of a name at least once.</summary>
    public int Count => _entries.Count;

    /// <summary>The forms with their total count and their count in names of each type, sorted by form.</summary>
    public IEnumerable<(string Form, int Total, int[] ByType)> Entries =>
        _entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Total, e.Value.ByType));

    /// <summary>Counts the forms of tagged sentences (words already normalized, as the tagger sees them).</summary>
    public static NerNameDictionary Build(IReadOnlyList<string> types, IEnumerable<(string[] Words, string[] Tags)> sentences)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var byType = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (words, tags) in sentences)
        {
            for (var i = 0; i < words.Length; i++)
            {
                var form = NerFeatureExtractor.Form(words[i]);
                totals[form] = totals.GetValueOrDefault(form) + 1;
                if (NerTagSet.Split(tags[i]).Type is { } type && IndexOf(types, type) is var t && t >= 0)
                {
                    if (!byType.TryGetValue(form, out var counts))
                    {
                        byType[form] = counts = new int[types.Count];
                    }

                    counts[t]++;
                }
            }
        }

        return new NerNameDictionary(types, byType.ToDictionary(e => e.Key, e => new Entry(totals[e.Key], e.Value), StringComparer.Ordinal));
    }

    /// <summary>A dictionary from stored entries.</summary>
    public static NerNameDictionary From(IReadOnlyList<string> types, IEnumerable<(string Form, int Total, int[] ByType)> entries) =>
        new(types, entries.ToDictionary(e => e.Form, e => new Entry(e.Total, e.ByType), StringComparer.Ordinal));

    /// <summary>The types of the names the form was part of, in the order of <see cref="Types"/>.</summary>
    public IEnumerable<string> TypesOf(string form)
    {
        if (!_entries.TryGetValue(form, out var entry))
        {
            yield break;
        }

        for (var t = 0; t < Types.Count; t++)
        {
            if (entry.ByType[t] > 0)
            {
                yield return Types[t];
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> types, string type)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i] == type)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Entry(int Total, int[] ByType);
}
