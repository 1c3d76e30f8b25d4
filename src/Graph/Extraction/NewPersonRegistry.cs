using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// People found in one article that the lexicon does not know, so that a later surname alone
/// («لودریان افزود») refers back to the full name met earlier.
/// </summary>
internal sealed class NewPersonRegistry
{
    private readonly Dictionary<string, string> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The people found so far: id to normalized name.</summary>
    public IReadOnlyDictionary<string, string> Names => _names;

    /// <summary>Registers a name and returns the person's id.</summary>
    public string Register(string normalizedName)
    {
        var words = normalizedName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = PhraseMatcher<string>.Key(words[^1]);
        if (_bySurname.TryGetValue(surname, out var existing) && words.Length == 1)
        {
            return existing;
        }

        // The id ignores spacing, so «الکساندر لاورنتیف» and «الکساندرلاورنتیف» in two articles are one person.
        var id = "person:" + PersianTransliteration.Slug(PhraseMatcher<string>.Key(normalizedName));
        _names.TryAdd(id, normalizedName);
        if (words.Length > 1 || !_bySurname.ContainsKey(surname))
        {
            _bySurname[surname] = id;
        }

        return id;
    }

    /// <summary>The person whose surname is <paramref name="word"/>, if one was registered.</summary>
    public string? BySurname(string word) => _bySurname.GetValueOrDefault(PhraseMatcher<string>.Key(word));

    /// <summary>Whether the span's text is a registered surname.</summary>
    public bool IsSurname(string text, TextSpan span) => _bySurname.ContainsKey(PhraseMatcher<string>.Key(text[span.Start..span.End]));
}
