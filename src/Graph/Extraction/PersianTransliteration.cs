using System.Text;

namespace Graph.Extraction;

/// <summary>Turns Persian names into ASCII slugs for node ids («علی شمخانی» → <c>ali-shmkhani</c>).</summary>
internal static class PersianTransliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ا'] = "a", ['آ'] = "a", ['ب'] = "b", ['پ'] = "p", ['ت'] = "t", ['ث'] = "s", ['ج'] = "j", ['چ'] = "ch",
        ['ح'] = "h", ['خ'] = "kh", ['د'] = "d", ['ذ'] = "z", ['ر'] = "r", ['ز'] = "z", ['ژ'] = "zh", ['س'] = "s",
        ['ش'] = "sh", ['ص'] = "s", ['ض'] = "z", ['ط'] = "t", ['ظ'] = "z", ['ع'] = "", ['غ'] = "gh", ['ف'] = "f",
        ['ق'] = "gh", ['ک'] = "k", ['گ'] = "g", ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['و'] = "v", ['ه'] = "h",
        ['ی'] = "i", ['ئ'] = "y", ['ء'] = "",
    };

    /// <summary>A lower-case ASCII slug of a normalized Persian (or Latin) name.</summary>
    public static string Slug(string normalizedName)
    {
        var builder = new StringBuilder(normalizedName.Length * 2);
        foreach (var c in normalizedName)
        {
            if (Letters.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 0 ? slug : "x" + StableHash(normalizedName).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static uint StableHash(string text)
    {
        // FNV-1a: string.GetHashCode is randomized per process, and ids must be the same in every run.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
