using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Finds known phrases in normalized text by longest match over a character trie.
/// Spaces and ZWNJ inside a phrase are ignored, so «نخست وزیر», «نخست‌وزیر» and «نخست‌وزير»
/// match the same entry and a missing space («ولادیمیرپوتین») does not hide a name.
/// A match must start at a word start and end at a word end, after an attached suffix
/// («آمریکایی‌ها»), or where another known phrase starts inside the same word («جمهورروسیه»).
/// </summary>
/// <typeparam name="T">The kind of value stored with each phrase.</typeparam>
internal sealed class PhraseMatcher<T>
{
    private static readonly string[] Suffixes = ["هایی", "های", "ها", "یان", "ان", "ای", "یی", "ی", "اش", "شان", "مان"];
    private static readonly string[] GluedPrefixes = ["و", "با", "در", "به", "از", "ب"];
    private const int MinLengthForLooseSuffix = 4;
    private const int MinLengthForGlue = 6;
    private const int MinGluedRest = 3;

    private static readonly HashSet<int> NoStarts = [];

    private readonly Node _root = new();
    private readonly bool _allowSuffixes;
    private readonly bool _allowGluedPrefixes;

    /// <summary>Creates an empty matcher.</summary>
    public PhraseMatcher(bool allowSuffixes, bool allowGluedPrefixes)
    {
        _allowSuffixes = allowSuffixes;
        _allowGluedPrefixes = allowGluedPrefixes;
    }

    /// <summary>The number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>The key a phrase is stored under: its letters without spaces and ZWNJ.</summary>
    public static string Key(string normalizedPhrase)
    {
        var chars = new char[normalizedPhrase.Length];
        var n = 0;
        foreach (var c in normalizedPhrase)
        {
            if (!IsSeparator(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>Writes the key of <paramref name="normalizedPhrase"/> (see <see cref="Key"/>) to <paramref name="destination"/>, which is long enough, and returns its length.</summary>
    public static int WriteKey(ReadOnlySpan<char> normalizedPhrase, Span<char> destination)
    {
        var n = 0;
        foreach (var c in normalizedPhrase)
        {
            if (!IsSeparator(c))
            {
                destination[n++] = c;
            }
        }

        return n;
    }

    /// <summary>Adds a normalized phrase with its value.</summary>
    public void Add(string normalizedPhrase, T value)
    {
        var key = Key(normalizedPhrase);
        if (key.Length == 0)
        {
            return;
        }

        var node = _root;
        foreach (var c in key)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Children[c] = next;
            }

            node = next;
        }

        node.Values ??= [];
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
            node.KeyLength = key.Length;
            Count++;
        }
    }

    /// <summary>Whether the whole of <paramref name="normalizedPhrase"/> is a known phrase.</summary>
    public IReadOnlyList<T> Lookup(string normalizedPhrase)
    {
        var node = _root;
        foreach (var c in Key(normalizedPhrase))
        {
            if (node.Children is null || !node.Children.TryGetValue(c, out node))
            {
                return [];
            }
        }

        return node.Values ?? (IReadOnlyList<T>)[];
    }

    /// <summary>The longest match starting at each word start inside <paramref name="range"/>, in text order.</summary>
    public List<PhraseMatch<T>> FindAll(string text, TextSpan range) => FindAll(text, range, NoStarts);

    /// <summary>
    /// The longest match starting at each word start inside <paramref name="range"/>, and at
    /// <paramref name="extraStarts"/> (where another phrase ended inside a word), in text order.
    /// </summary>
    public List<PhraseMatch<T>> FindAll(string text, TextSpan range, IReadOnlySet<int> extraStarts)
    {
        var result = new List<PhraseMatch<T>>();
        HashSet<int>? gluedStarts = null;
        for (var s = range.Start; s < range.End; s++)
        {
            if (!IsWordStart(text, s, range.Start) && (extraStarts.Count == 0 || !extraStarts.Contains(s)) && (gluedStarts is null || !gluedStarts.Contains(s)))
            {
                continue;
            }

            var match = LongestAt(text, s, range.End, depth: 0);
            if (match is null && _allowGluedPrefixes)
            {
                foreach (var prefix in GluedPrefixes)
                {
                    if (string.CompareOrdinal(text, s, prefix, 0, prefix.Length) == 0 && s + prefix.Length < range.End)
                    {
                        var inner = LongestAt(text, s + prefix.Length, range.End, depth: 0);
                        if (inner is not null && inner.PhraseEnd - inner.Span.Start >= MinLengthForLooseSuffix)
                        {
                            match = inner with { Prefixed = true };
                            break;
                        }
                    }
                }
            }

            if (match is not null)
            {
                result.Add(match);
                if (match.Span.End < range.End && IsWordChar(text[match.Span.End]))
                {
                    (gluedStarts ??= []).Add(match.Span.End);
                }
            }
        }

        return result;
    }

    /// <summary>The positions where a match ends inside a word («جمهور|روسیه»), where another phrase may start.</summary>
    public static IReadOnlySet<int> GluedEnds<TOther>(string text, IEnumerable<PhraseMatch<TOther>> matches) =>
        matches.Where(m => m.Span.End < text.Length && IsWordChar(text[m.Span.End])).Select(m => m.Span.End).ToHashSet();

    /// <summary>The longest match starting exactly at <paramref name="start"/>, or null.</summary>
    public PhraseMatch<T>? MatchAt(string text, int start, int end) => LongestAt(text, start, end, depth: 0);

    private PhraseMatch<T>? LongestAt(string text, int start, int end, int depth)
    {
        PhraseMatch<T>? best = null;
        var node = _root;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsSeparator(c) || IsJoiningHyphen(text, i, start, end))
            {
                if (c == '\n' || i == start)
                {
                    break;
                }

                i++;
                continue;
            }

            if (node.Children is null || !node.Children.TryGetValue(c, out var next))
            {
                break;
            }

            node = next;
            i++;
            if (node.Values is null)
            {
                continue;
            }

            if (IsWordEnd(text, i, end))
            {
                best = new PhraseMatch<T>(new TextSpan(start, i), i, node.Values);
                continue;
            }

            var suffixEnd = _allowSuffixes ? SuffixEnd(text, i, end, node.KeyLength) : -1;
            if (suffixEnd > 0)
            {
                best = new PhraseMatch<T>(new TextSpan(start, suffixEnd), i, node.Values);
            }
            else if (depth == 0 && (LongestAt(text, i, end, depth + 1) is { } glued && IsWordEnd(text, glued.Span.End, end) || IsGluedToAnotherWord(text, i, end, node.KeyLength)))
            {
                best = new PhraseMatch<T>(new TextSpan(start, i), i, node.Values);
            }
        }

        return best;
    }

    /// <summary>
    /// A long phrase (six letters or more) that ends inside a word with at least three letters left
    /// is taken as glued to the next word («رئیس جمهورروسیه»): short phrases would match inside ordinary words.
    /// </summary>
    private static bool IsGluedToAnotherWord(string text, int at, int end, int keyLength)
    {
        if (keyLength < MinLengthForGlue)
        {
            return false;
        }

        var rest = 0;
        for (var i = at; i < end && IsWordChar(text[i]); i++)
        {
            rest++;
        }

        return rest >= MinGluedRest;
    }

    private static int SuffixEnd(string text, int at, int end, int keyLength)
    {
        var i = at;
        var joined = i < end && text[i] == PersianNormalizer.Zwnj;
        if (joined)
        {
            i++;
        }
        else if (keyLength < MinLengthForLooseSuffix)
        {
            return -1;
        }

        foreach (var suffix in Suffixes)
        {
            if (i + suffix.Length <= end && string.CompareOrdinal(text, i, suffix, 0, suffix.Length) == 0)
            {
                var after = i + suffix.Length;
                if (IsWordEnd(text, after, end))
                {
                    return after;
                }

                // «آمریکایی‌ها», «آمریکاییها»: an adjective suffix followed by a plural one.
                if (after < end && SuffixEnd(text, after, end, MinLengthForLooseSuffix) is > 0 and var second)
                {
                    return second;
                }
            }
        }

        return -1;
    }

    /// <summary>A hyphen between two letters («فرانک-والتر», «ژان-ایو») joins the words of a name as a space does.</summary>
    private static bool IsJoiningHyphen(string text, int i, int start, int end) =>
        text[i] is '-' or '\u2010' or '\u2011' && i > start && i + 1 < end && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>Whether a character separates words inside a phrase (space, ZWNJ, line break).</summary>
    internal static bool IsSeparator(char c) => c is ' ' or PersianNormalizer.Zwnj or '\n';

    /// <summary>Whether a character is part of a word.</summary>
    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsWordStart(string text, int i, int rangeStart) =>
        IsWordChar(text[i]) && (i == rangeStart || !IsWordChar(text[i - 1]) && text[i - 1] != PersianNormalizer.Zwnj);

    private static bool IsWordEnd(string text, int i, int end) => i >= end || !IsWordChar(text[i]);

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<T>? Values;
        public int KeyLength;
    }
}
