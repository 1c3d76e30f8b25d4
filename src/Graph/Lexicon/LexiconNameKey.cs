using Graph.Text;

namespace Graph.Lexicon;

/// <summary>The key two names share when a reader cannot tell them apart: normalized, without spaces and joiners.</summary>
internal static class LexiconNameKey
{
    /// <summary>Returns the key of a name.</summary>
    public static string Of(string name) =>
        PersianNormalizer.Instance.NormalizeString(name).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(PersianNormalizer.Zwnj.ToString(), string.Empty, StringComparison.Ordinal);
}
