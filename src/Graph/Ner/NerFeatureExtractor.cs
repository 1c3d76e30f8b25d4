using System.Text;
using Graph.Text;

namespace Graph.Ner;

/// <summary>
/// The features of each token of a sentence: the word and its normalized form (and stem), prefixes and
/// suffixes of two to four letters, letter trigrams, shape, neighbouring words and word pairs, what the
/// lexicon says about it and its neighbours (names and their labels, given names, titles and roles
/// before, speech verbs after, prepositions), the name types the training sentences gave the word
/// (<see cref="NerNameDictionary"/>), and its position.
/// Words are expected already normalized by <see cref="PersianNormalizer"/>.
/// </summary>
internal static class NerFeatureExtractor
{
    /// <summary>The version of the feature templates; a model records it and is refused by another version.</summary>
    public const int Version = 4;

    private const string SentenceStart = "<s>";
    private const string SentenceEnd = "</s>";
    private const string PersianShape = "ف";

    // Characters that Form changes: ZWNJ, ASCII digits and upper-case letters, and any non-ASCII upper-case letter it may meet.
    private static readonly System.Buffers.SearchValues<char> FormChanges = System.Buffers.SearchValues.Create(
        "\u200C0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" + string.Concat(Enumerable.Range(0x80, 0x600 - 0x80).Select(c => (char)c).Where(char.IsUpper)));

    private static readonly string[] StemSuffixes = ["هایی", "های", "ها", "یان", "ان", "ای", "یی", "ی"];

    private static readonly (NerHintFlags Flag, string Here, string Before, string After)[] FlagNames =
    [
        .. new (NerHintFlags Flag, string Name)[]
        {
            (NerHintFlags.Preposition, "prep"),
            (NerHintFlags.FunctionWord, "func"),
            (NerHintFlags.Pronoun, "pron"),
            (NerHintFlags.PlaceContext, "place"),
            (NerHintFlags.Attribution, "attr"),
            (NerHintFlags.Trigger, "trig"),
        }.Select(f => (f.Flag, "h=" + f.Name, "h-1=" + f.Name, "h+1=" + f.Name)),
    ];

    private static readonly string[] PrefixTemplates = ["p2=", "p3="];
    private static readonly string[] SuffixTemplates = ["s2=", "s3=", "s4="];

    /// <summary>The features of every token, as strings (to read them).</summary>
    public static string[][] Names(IReadOnlyList<string> words, IReadOnlyList<NerTokenHint> hints, NerNameDictionary? dictionary = null)
    {
        var sink = new NerFeatureNames();
        Extract(words, hints, dictionary ?? NerNameDictionary.Empty, sink);
        return sink.Tokens;
    }

    /// <summary>The features of every token, as hashes (to score them).</summary>
    public static ulong[][] Hashes(IReadOnlyList<string> words, IReadOnlyList<NerTokenHint> hints, NerNameDictionary? dictionary = null)
    {
        var sink = new NerFeatureHashes();
        Extract(words, hints, dictionary ?? NerNameDictionary.Empty, sink);
        return sink.Tokens;
    }

    /// <summary>Sends the features of every token to <paramref name="features"/>, token by token.</summary>
    internal static void Extract(IReadOnlyList<string> words, IReadOnlyList<NerTokenHint> hints, NerNameDictionary dictionary, INerFeatureSink features)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(hints);
        var n = words.Count;
        var forms = new string[n];
        var shapes = new string[n];
        var longest = 0;
        for (var i = 0; i < n; i++)
        {
            forms[i] = Form(words[i]);
            shapes[i] = Shape(words[i]);
            longest = Math.Max(longest, forms[i].Length);
        }

        // The form between word-boundary marks, for the letter trigrams.
        Span<char> buffer = longest <= 126 ? stackalloc char[128] : new char[longest + 2];

        string FormAt(int i) => i < 0 ? SentenceStart : i >= n ? SentenceEnd : forms[i];
        NerTokenHint HintAt(int i) => i < 0 || i >= n ? default : hints[i];

        for (var i = 0; i < n; i++)
        {
            var form = forms[i];
            features.Add("b");
            features.Add("w=", form);
            if (StemLength(form) is var stemLength && stemLength > 0)
            {
                features.Add("st=", form.AsSpan(0, stemLength));
            }

            for (var k = 2; k <= 3 && k < form.Length; k++)
            {
                features.Add(PrefixTemplates[k - 2], form.AsSpan(0, k));
            }

            for (var k = 2; k <= 4 && k < form.Length; k++)
            {
                features.Add(SuffixTemplates[k - 2], form.AsSpan(form.Length - k));
            }

            var marked = buffer[..(form.Length + 2)];
            marked[0] = '^';
            form.CopyTo(marked[1..]);
            marked[^1] = '$';
            for (var k = 0; k + 3 <= marked.Length; k++)
            {
                features.Add("c3=", marked.Slice(k, 3));
            }

            features.Add("sh=", shapes[i]);
            foreach (var type in dictionary.TypesOf(form))
            {
                features.Add("d=", type);
            }

            features.Add("w-1=", FormAt(i - 1));
            features.Add("w-2=", FormAt(i - 2));
            features.Add("w+1=", FormAt(i + 1));
            features.Add("w+2=", FormAt(i + 2));
            features.Add("w-1w=", FormAt(i - 1), form);
            features.Add("ww+1=", form, FormAt(i + 1));
            if (i == 0)
            {
                features.Add("first");
            }

            if (i == n - 1)
            {
                features.Add("last");
            }

            AddHints(features, HintAt(i - 1), HintAt(i), HintAt(i + 1), HintAt(i + 2), HintAt(i + 3), HintAt(i - 2), FormAt(i + 1));
            features.EndToken();
        }
    }

    private static void AddHints(INerFeatureSink features, NerTokenHint previous, NerTokenHint hint, NerTokenHint next, NerTokenHint second, NerTokenHint third, NerTokenHint beforePrevious, string nextForm)
    {
        if (hint.Lexicon is { } label)
        {
            features.Add(hint.LexiconBegins ? "lex=B-" : "lex=I-", label);
        }

        if (previous.Lexicon is { } previousLabel)
        {
            features.Add("lex-1=", previousLabel);
        }

        if (next.Lexicon is { } nextLabel)
        {
            features.Add("lex+1=", nextLabel);
        }

        Flag(features, hint, NerHintFlags.GivenName, "given");
        Flag(features, previous, NerHintFlags.GivenName, "given-1");
        Flag(features, next, NerHintFlags.GivenName, "given+1");
        Flag(features, hint, NerHintFlags.Title, "title");
        Flag(features, previous, NerHintFlags.Title, "title-1");
        Flag(features, beforePrevious, NerHintFlags.Title, "title-2");
        Flag(features, hint, NerHintFlags.Role, "role");
        Flag(features, previous, NerHintFlags.Role, "role-1");
        Flag(features, next, NerHintFlags.Role, "role+1");
        if (nextForm is "،" or ",")
        {
            Flag(features, second, NerHintFlags.Role, "role+2");
        }

        Flag(features, next, NerHintFlags.Speech, "speech+1");
        Flag(features, second, NerHintFlags.Speech, "speech+2");
        Flag(features, third, NerHintFlags.Speech, "speech+3");
        foreach (var (flag, here, before, after) in FlagNames)
        {
            Flag(features, hint, flag, here);
            Flag(features, previous, flag, before);
            Flag(features, next, flag, after);
        }
    }

    private static void Flag(INerFeatureSink features, NerTokenHint hint, NerHintFlags flag, string name)
    {
        if (hint.Has(flag))
        {
            features.Add(name);
        }
    }

    /// <summary>The word without ZWNJ, Latin letters in lower case, digits as 0.</summary>
    internal static string Form(string word)
    {
        if (!word.AsSpan().ContainsAny(FormChanges))
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c == PersianNormalizer.Zwnj)
            {
                continue;
            }

            builder.Append(char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return builder.Length > 0 ? builder.ToString() : word;
    }

    /// <summary>The length of the form without one plural or adjectival suffix, when at least three letters remain; else 0.</summary>
    internal static int StemLength(string form)
    {
        foreach (var suffix in StemSuffixes)
        {
            if (form.Length - suffix.Length >= 3 && form.EndsWith(suffix, StringComparison.Ordinal))
            {
                return form.Length - suffix.Length;
            }
        }

        return 0;
    }

    /// <summary>The kinds of characters of the word with runs collapsed: «ف» Arabic script, «A»/«a» Latin, «0» digit, punctuation as itself.</summary>
    internal static string Shape(string word)
    {
        Span<char> shape = stackalloc char[6];
        var length = 0;
        foreach (var c in word)
        {
            var kind = c switch
            {
                PersianNormalizer.Zwnj => '\0',
                _ when char.IsLetter(c) && c is >= '\u0600' and <= '\u08FF' or >= '\uFB50' and <= '\uFEFF' => 'ف',
                _ when char.IsAsciiLetterUpper(c) => 'A',
                _ when char.IsAsciiLetterLower(c) => 'a',
                _ when char.IsDigit(c) => '0',
                _ when char.IsLetter(c) => 'L',
                _ => c,
            };
            if (kind != '\0' && (length == 0 || shape[length - 1] != kind))
            {
                shape[length++] = kind;
            }

            if (length == shape.Length)
            {
                break;
            }
        }

        return length == 1 && shape[0] == 'ف' ? PersianShape : new string(shape[..length]);
    }
}
