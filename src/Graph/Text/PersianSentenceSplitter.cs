using System.Collections.Frozen;

namespace Graph.Text;

/// <summary>
/// Splits normalized Persian text (see <see cref="PersianNormalizer"/>) into sentences and paragraphs.
/// </summary>
/// <remarks>
/// <para><b>Paragraphs.</b> A blank line always ends a paragraph. A single line break ends the
/// sentence and starts a new paragraph too, except inside hard-wrapped text, whose line breaks
/// are read as spaces. A <i>wrapped block</i> is a run of at least three consecutive lines that
/// end without terminal punctuation (. ! ? ؟ ؛ : …, optionally followed by closing quotes or
/// brackets), are each shorter than 120 characters, whose longest line has at least 30 characters,
/// and whose every line is at least 75% as long as the block's longest line. The breaks between
/// the lines of a block are joined, and so is the break after the block's last line when the
/// next line (the tail of the wrapped paragraph) is no longer than 125% of the block's longest line.
/// A break is only joined when the next line starts like a continuation: with a letter, a digit
/// that is not a list number, or an opening quote or bracket. A headline (a short line followed
/// by a long paragraph) is never joined, because it does not form a block of similar lines.</para>
/// <para><b>Sentences.</b> A sentence ends at «.», «!», «?», «؟» and «؛»; closing quotes and
/// brackets after the mark belong to the sentence. It does not end at:
/// a period between digits (3.5, 1397.01); a period after a single-letter word (initials and
/// abbreviations: «ج.ا.ا», «U.S.», «آ.») or after a known Latin abbreviation (Dr., Mr., etc.);
/// a period or «?» between Latin letters or digits without a space (www.irna.ir, news.com?id=5); a period after a
/// number that is all the sentence has so far (a list number «1.»); an ellipsis («...» or «…»),
/// which never ends a sentence inside a line; «؛» right after a speech verb
/// (<see cref="SpeechVerbs"/>: «اظهار داشت؛ …» works as a colon); and «:» at all, so a speaker
/// and the quote after «گفت:» stay together. A period between Persian letters without a space
/// («… گفت وگو کرد.شمخانی در …») does end a sentence.</para>
/// <para>Sentence spans exclude surrounding whitespace. A sentence's <see cref="Sentence.Text"/>
/// is its slice of the normalized text with the line breaks of joined lines replaced by spaces,
/// so offsets inside the text equal offsets from the span's start.</para>
/// </remarks>
public sealed class PersianSentenceSplitter : ISentenceSplitter
{
    private const int MinWrappedLines = 3;
    private const int MaxWrappedLineLength = 120;
    private const int MinWrappedBlockWidth = 30;
    private const double WrappedWidthTolerance = 0.25;

    private static readonly FrozenSet<string> LatinAbbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
        "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "fig", "approx", "dept", "est");

    private static readonly string[][] SpeechVerbParts = BuildSpeechVerbParts();

    /// <summary>A shared instance; the splitter holds no state.</summary>
    public static PersianSentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Split(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var sentences = new List<Sentence>();
        foreach (var paragraph in Paragraphs(normalizedText))
        {
            SplitParagraph(normalizedText, paragraph, sentences);
        }

        return sentences;
    }

    private static string[][] BuildSpeechVerbParts()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string[]>();
        foreach (var form in SpeechVerbs.Forms)
        {
            var parts = PersianNormalizer.Instance.NormalizeString(form)
                .Split([' ', PersianNormalizer.Zwnj], StringSplitOptions.RemoveEmptyEntries);
            if (seen.Add(string.Join(" ", parts)))
            {
                result.Add(parts);
            }
        }

        return [.. result];
    }

    /// <summary>The paragraphs of the text: runs of lines, with wrapped lines joined.</summary>
    private static List<TextSpan> Paragraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var lines = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = Trim(text, new TextSpan(start, end));
            if (line.Length == 0)
            {
                AddParagraphs(text, lines, paragraphs);
                lines.Clear();
            }
            else
            {
                lines.Add(line);
            }

            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        AddParagraphs(text, lines, paragraphs);
        return paragraphs;
    }

    /// <summary>Adds the paragraphs of a run of non-blank lines (between blank lines).</summary>
    private static void AddParagraphs(string text, List<TextSpan> lines, List<TextSpan> paragraphs)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var joined = JoinedBreaks(text, lines);
        var first = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == lines.Count - 1 || !joined[i])
            {
                paragraphs.Add(new TextSpan(lines[first].Start, lines[i].End));
                first = i + 1;
            }
        }
    }

    /// <summary>For each line, whether the break after it is a wrap (read as a space).</summary>
    private static bool[] JoinedBreaks(string text, List<TextSpan> lines)
    {
        var joined = new bool[lines.Count];
        var i = 0;
        while (i < lines.Count)
        {
            var longest = 0;
            var shortest = int.MaxValue;
            var end = i;
            while (end < lines.Count && IsWrappedLine(text, lines[end]))
            {
                var length = lines[end].Length;
                var newLongest = Math.Max(longest, length);
                var newShortest = Math.Min(shortest, length);
                if (newShortest < newLongest * (1 - WrappedWidthTolerance))
                {
                    break;
                }

                longest = newLongest;
                shortest = newShortest;
                end++;
            }

            if (end - i < MinWrappedLines || longest < MinWrappedBlockWidth)
            {
                i++;
                continue;
            }

            for (var k = i; k < end - 1; k++)
            {
                joined[k] = StartsLikeContinuation(text, lines[k + 1]);
            }

            if (end < lines.Count
                && lines[end].Length <= longest * (1 + WrappedWidthTolerance)
                && StartsLikeContinuation(text, lines[end]))
            {
                joined[end - 1] = true;
            }

            i = end;
        }

        return joined;
    }

    private static bool IsWrappedLine(string text, TextSpan line)
    {
        if (line.Length >= MaxWrappedLineLength)
        {
            return false;
        }

        var last = line.End - 1;
        while (last > line.Start && IsClosing(text[last]))
        {
            last--;
        }

        return !IsLineEndMark(text[last]);
    }

    private static bool IsLineEndMark(char c) => c is '.' or '!' or '?' or '؟' or '؛' or ':' or '…';

    private static bool StartsLikeContinuation(string text, TextSpan line)
    {
        var c = text[line.Start];
        if (char.IsLetter(c) || c is '«' or '(' or '"' or '“')
        {
            return true;
        }

        if (!char.IsDigit(c))
        {
            return false;
        }

        var i = line.Start;
        while (i < line.End && char.IsDigit(text[i]))
        {
            i++;
        }

        // «1- …», «2) …» and «3. …» start list items, not continuations.
        return i >= line.End || text[i] is not ('-' or ')' or '.' or '–');
    }

    private static void SplitParagraph(string text, TextSpan paragraph, List<Sentence> sentences)
    {
        var start = paragraph.Start;
        var first = true;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            var end = SentenceEndAt(text, i, start, paragraph.End, out var next);
            if (end < 0)
            {
                i = next;
                continue;
            }

            first = AddSentence(text, new TextSpan(start, end), first, sentences);
            start = end;
            i = end;
        }

        AddSentence(text, new TextSpan(start, paragraph.End), first, sentences);
    }

    /// <summary>Adds the sentence if it is not blank; returns whether the next one still starts the paragraph.</summary>
    private static bool AddSentence(string text, TextSpan span, bool startsParagraph, List<Sentence> sentences)
    {
        var trimmed = Trim(text, span);
        if (trimmed.Length == 0)
        {
            return startsParagraph;
        }

        var sentenceText = text.Substring(trimmed.Start, trimmed.Length).Replace('\n', ' ');
        sentences.Add(new Sentence(sentences.Count, trimmed, sentenceText, startsParagraph));
        return false;
    }

    /// <summary>
    /// If a sentence ends with the mark at <paramref name="i"/>, returns the index after the
    /// sentence (after its closing quotes); otherwise -1, with <paramref name="next"/> the index to
    /// continue scanning at.
    /// </summary>
    private static int SentenceEndAt(string text, int i, int sentenceStart, int limit, out int next)
    {
        next = i + 1;
        var c = text[i];
        bool ends;
        switch (c)
        {
            case '!' or '؟':
                ends = true;
                break;
            case '?':
                // A question mark between Latin letters or digits belongs to a URL.
                ends = !(i > sentenceStart && i + 1 < limit && IsLatinLetterOrDigit(text[i - 1]) && IsLatinLetterOrDigit(text[i + 1]));
                break;
            case '؛':
                ends = !EndsWithSpeechVerb(text, sentenceStart, i) && !StartsWithSpeechVerb(text, i + 1, limit);
                break;
            case '…':
                ends = RunHasStrongMark(text, i, limit, out next);
                break;
            case '.':
                var runEnd = i;
                while (runEnd < limit && text[runEnd] == '.')
                {
                    runEnd++;
                }

                if (runEnd - i > 1)
                {
                    ends = RunHasStrongMark(text, i, limit, out next);
                }
                else
                {
                    ends = PeriodEndsSentence(text, i, sentenceStart, limit);
                }

                break;
            default:
                return -1;
        }

        if (!ends)
        {
            return -1;
        }

        return AfterClosings(text, i, limit);
    }

    /// <summary>Whether a run of ellipsis and marks at <paramref name="i"/> holds «!», «?» or «؟» (then it ends a sentence).</summary>
    private static bool RunHasStrongMark(string text, int i, int limit, out int next)
    {
        var strong = false;
        next = i;
        while (next < limit && text[next] is '.' or '…' or '!' or '?' or '؟')
        {
            strong |= text[next] is '!' or '?' or '؟';
            next++;
        }

        return strong;
    }

    /// <summary>The index after the terminal marks at <paramref name="i"/> and the closing quotes and brackets after them.</summary>
    private static int AfterClosings(string text, int i, int limit)
    {
        var end = i;
        while (end < limit && IsTerminalMark(text[end]))
        {
            end++;
        }

        var probe = end;
        while (probe < limit)
        {
            var c = text[probe];
            if (c is ' ' or '\n')
            {
                probe++;
            }
            else if (IsClosing(c))
            {
                probe++;
                end = probe;
            }
            else if (c is '"' or '\'' && probe == end && (probe + 1 >= limit || !char.IsLetterOrDigit(text[probe + 1])))
            {
                // A straight quote right after the mark closes the sentence unless a word follows it.
                probe++;
                end = probe;
            }
            else if (IsTerminalMark(c) && probe == end)
            {
                probe++;
                end = probe;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsTerminalMark(char c) => c is '.' or '!' or '?' or '؟' or '؛' or '…';

    private static bool IsClosing(char c) => c is '»' or '”' or '’' or ')' or ']' or '}' or '›';

    private static bool PeriodEndsSentence(string text, int i, int sentenceStart, int limit)
    {
        var previous = i > sentenceStart ? text[i - 1] : ' ';
        var following = i + 1 < limit ? text[i + 1] : ' ';
        if (char.IsDigit(previous) && char.IsDigit(following))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var wordLength = i - wordStart;
        if (wordLength == 1)
        {
            return false;
        }

        if (char.IsLetterOrDigit(following))
        {
            return !(IsLatinLetterOrDigit(previous) && IsLatinLetterOrDigit(following));
        }

        if (wordLength > 1 && LatinAbbreviations.Contains(text.Substring(wordStart, wordLength)))
        {
            return false;
        }

        return !IsOnlyNumber(text, sentenceStart, i);
    }

    private static bool IsLatinLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && c < '\u0250');

    private static bool IsOnlyNumber(string text, int start, int end)
    {
        var span = Trim(text, new TextSpan(start, end));
        if (span.Length == 0)
        {
            return false;
        }

        for (var k = span.Start; k < span.End; k++)
        {
            if (!char.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text before <paramref name="end"/> (ignoring spaces) ends with a speech verb that starts a word.</summary>
    private static bool EndsWithSpeechVerb(string text, int start, int end)
    {
        var last = end;
        while (last > start && IsSeparator(text[last - 1]))
        {
            last--;
        }

        foreach (var parts in SpeechVerbParts)
        {
            if (EndsWithParts(text, start, last, parts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text from <paramref name="start"/> (ignoring spaces) starts with a speech verb that ends a word.</summary>
    private static bool StartsWithSpeechVerb(string text, int start, int limit)
    {
        var first = start;
        while (first < limit && IsSeparator(text[first]))
        {
            first++;
        }

        foreach (var parts in SpeechVerbParts)
        {
            if (StartsWithParts(text, first, limit, parts))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithParts(string text, int start, int limit, string[] parts)
    {
        var position = start;
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            if (limit - position < part.Length
                || string.CompareOrdinal(text, position, part, 0, part.Length) != 0)
            {
                return false;
            }

            position += part.Length;
            if (k < parts.Length - 1)
            {
                while (position < limit && IsSeparator(text[position]))
                {
                    position++;
                }
            }
        }

        return position == limit || !char.IsLetter(text[position]);
    }

    private static bool EndsWithParts(string text, int start, int end, string[] parts)
    {
        var position = end;
        for (var k = parts.Length - 1; k >= 0; k--)
        {
            var part = parts[k];
            if (position - start < part.Length
                || string.CompareOrdinal(text, position - part.Length, part, 0, part.Length) != 0)
            {
                return false;
            }

            position -= part.Length;
            if (k > 0)
            {
                while (position > start && IsSeparator(text[position - 1]))
                {
                    position--;
                }
            }
        }

        return position == start || !char.IsLetter(text[position - 1]);
    }

    private static bool IsSeparator(char c) => c is ' ' or '\n' or PersianNormalizer.Zwnj;

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
