using System.Globalization;

namespace Graph.Text;

/// <summary>
/// Folds the spelling variants of Persian text (Arabic letter forms, diacritics, digits, joiners,
/// whitespace) into one form and keeps a map back to the original characters.
/// </summary>
/// <remarks>
/// Arabic yeh, kaf, teh marbuta, heh with yeh and hamza carriers fold to the Persian letters;
/// presentation forms (ﻙ, ﻻ) fold to the letters they show; diacritics and tatweel vanish; all
/// digits become ASCII. Direction marks, ZWJ, BOM, soft hyphens and other invisible format
/// characters vanish. A run of whitespace becomes one space, a run holding one line break
/// becomes «\n» and a run holding two or more becomes «\n\n» (a blank line). A ZWNJ or
/// no-break space between two Arabic-script letters becomes one ZWNJ; elsewhere a ZWNJ vanishes
/// and a no-break space becomes a space. Normalizing normalized text changes nothing.
/// </remarks>
public sealed class PersianNormalizer : ITextNormalizer
{
    /// <summary>The zero-width non-joiner, the one joiner kept in normalized text.</summary>
    public const char Zwnj = '\u200C';

    /// <summary>A shared instance; the normalizer holds no state.</summary>
    public static PersianNormalizer Instance { get; } = new();

    /// <inheritdoc />
    public NormalizedText Normalize(string original) => Normalize(original, []);

    /// <inheritdoc />
    public NormalizedText Normalize(string original, IReadOnlyList<TextSpan> excluded)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(excluded);
        var builder = new Builder(original.Length, withMap: true);
        Run(original, excluded, builder);
        return builder.Finish(original);
    }

    private static void Run(ReadOnlySpan<char> original, IReadOnlyList<TextSpan> excluded, Builder builder)
    {
        // The excluded span at nextExcluded, read once per span rather than once per character.
        var nextExcluded = 0;
        var count = excluded.Count;
        var (excludedStart, excludedEnd) = count > 0 ? (excluded[0].Start, excluded[0].End) : (int.MaxValue, int.MaxValue);
        for (var i = 0; i < original.Length; i++)
        {
            while (excludedEnd <= i)
            {
                nextExcluded++;
                (excludedStart, excludedEnd) = nextExcluded < count ? (excluded[nextExcluded].Start, excluded[nextExcluded].End) : (int.MaxValue, int.MaxValue);
            }

            if (excludedStart <= i)
            {
                builder.Gap(i, GapKind.Paragraph);
                continue;
            }

            var c = original[i];
            if (c == '\r' && i + 1 < original.Length && original[i + 1] == '\n')
            {
                // The \r of a \r\n pair is whitespace; the \n makes the line break.
                builder.Gap(i, GapKind.Space);
                continue;
            }

            // Presentation forms all lie at or above U+FB50; the table is not consulted below it.
            var decomposition = c < '\uFB50' ? null : ArabicPresentationForms.Decompose(c);
            if (decomposition is null)
            {
                Process(c, i, builder);
            }
            else if (!decomposition.Any(part => Classify(part) == CharClass.Keep))
            {
                // Spacing forms of diacritics («ﹰ» is a space and a fathatan) vanish like the diacritics.
                builder.Drop(i);
            }
            else
            {
                foreach (var part in decomposition)
                {
                    Process(part, i, builder);
                }
            }
        }
    }

    /// <summary>Normalizes a short string (a name, a trigger) and returns only the text.</summary>
    public string NormalizeString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NormalizeString(text.AsSpan());
    }

    /// <summary>Normalizes a piece of a text (a line) and returns only the text.</summary>
    internal string NormalizeString(ReadOnlySpan<char> text)
    {
        // The same text as Normalize gives, without building the map to the original offsets.
        var builder = new Builder(text.Length, withMap: false);
        Run(text, [], builder);
        return builder.FinishText();
    }

    private static void Process(char c, int index, Builder builder)
    {
        switch (Classify(c))
        {
            case CharClass.Drop:
                builder.Drop(index);
                break;
            case CharClass.Newline:
                builder.Gap(index, GapKind.Newline);
                break;
            case CharClass.Space:
                builder.Gap(index, GapKind.Space);
                break;
            case CharClass.SoftSpace:
                builder.Gap(index, GapKind.SoftSpace);
                break;
            case CharClass.Joiner:
                builder.Gap(index, GapKind.Joiner);
                break;
            default:
                builder.Emit(index, Fold(c));
                break;
        }
    }

    /// <summary>Whether <paramref name="c"/> is a letter of the Arabic script (Persian, Arabic, Urdu...), between which a ZWNJ means something.</summary>
    private static bool IsArabicScriptLetter(char c) =>
        c is (>= '\u0620' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') && char.IsLetter(c);

    private static CharClass Classify(char c)
    {
        if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED' and not '\u06E5' and not '\u06E6')
        {
            return CharClass.Drop;
        }

        // Printable ASCII and the Arabic block (but for its format characters) are kept: the common case, without the Unicode lookups below.
        if (c is >= '\u0021' and <= '\u007E' or >= '\u0606' and <= '\u06FF' and not '\u061C' and not '\u06DD')
        {
            return CharClass.Keep;
        }

        return c switch
        {
            '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' => CharClass.Newline,
            Zwnj or '\u200B' => CharClass.Joiner,
            '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' => CharClass.SoftSpace,
            _ when char.IsWhiteSpace(c) || char.IsControl(c) => CharClass.Space,

            // Direction marks, ZWJ, BOM, soft hyphens and the other invisible format characters carry no text.
            _ when char.GetUnicodeCategory(c) == UnicodeCategory.Format => CharClass.Drop,
            _ => CharClass.Keep,
        };
    }

    private static char Fold(char c) => c switch
    {
        '\u064A' or '\u0649' or '\u06D0' or '\u06D2' or '\u06CC' => '\u06CC',
        '\u0643' or '\u06AA' or '\u06A9' => '\u06A9',
        '\u0629' or '\u06C0' or '\u06BE' or '\u06C1' or '\u06D5' => '\u0647',
        '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673' => '\u0627',
        '\u0624' => '\u0648',
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        '\u066B' => '.',
        '\u066C' => ',',
        _ => c,
    };

    private enum CharClass
    {
        Keep,
        Drop,
        Space,
        SoftSpace,
        Newline,
        Joiner,
    }

    private enum GapKind
    {
        Joiner,
        SoftSpace,
        Space,
        Newline,
        Paragraph,
    }

    /// <summary>Accumulates output characters and their original ranges; resolves runs of gap characters.</summary>
    private sealed class Builder(int capacity, bool withMap)
    {
        private char[] _text = new char[Math.Max(capacity, 4)];
        private int[] _starts = withMap ? new int[Math.Max(capacity, 4)] : [];
        private int[] _ends = withMap ? new int[Math.Max(capacity, 4)] : [];
        private int _length;
        private int _gapStart = -1;
        private int _gapEnd;
        private int _newlines;
        private int _firstBreakEnd;
        private bool _space;
        private bool _softSpace;

        public void Gap(int index, GapKind kind)
        {
            if (_gapStart < 0)
            {
                _gapStart = index;
            }

            _gapEnd = index + 1;
            switch (kind)
            {
                case GapKind.Paragraph:
                    _firstBreakEnd = _newlines == 0 ? index + 1 : _firstBreakEnd;
                    _newlines = Math.Max(_newlines, 2);
                    break;
                case GapKind.Newline:
                    _firstBreakEnd = _newlines == 0 ? index + 1 : _firstBreakEnd;
                    _newlines++;
                    break;
                case GapKind.Space:
                    _space = true;
                    break;
                case GapKind.SoftSpace:
                    _softSpace = true;
                    break;
            }
        }

        public void Drop(int index)
        {
            if (_gapStart >= 0)
            {
                _gapEnd = index + 1;
            }
            else if (withMap && _length > 0)
            {
                _ends[_length - 1] = index + 1;
            }
        }

        public void Emit(int index, char c)
        {
            ResolveGap(c);
            // The first output character also stands for any leading whitespace and dropped characters.
            Append(c, _length == 0 ? 0 : index, index + 1);
        }

        public NormalizedText Finish(string original)
        {
            if (_gapStart >= 0 && _length > 0)
            {
                _ends[_length - 1] = _gapEnd;
            }

            // The maps may be longer than the text: NormalizedText reads them only below the text's length.
            return new NormalizedText(original, new string(_text, 0, _length), _starts, _ends);
        }

        public string FinishText() => new(_text, 0, _length);

        private void ResolveGap(char next)
        {
            if (_gapStart < 0)
            {
                return;
            }

            if (_length == 0)
            {
                // Leading gap characters belong to the first output character (see Emit).
            }
            else if (_newlines > 0)
            {
                // One break maps to the whole gap; of two, the first maps to the gap up to its first line break.
                var secondStart = Math.Min(_firstBreakEnd, _gapEnd - 1);
                Append('\n', _gapStart, _newlines == 1 ? _gapEnd : _firstBreakEnd);
                if (_newlines > 1)
                {
                    Append('\n', secondStart, _gapEnd);
                }
            }
            else if (_space)
            {
                Append(' ', _gapStart, _gapEnd);
            }
            else if (IsArabicScriptLetter(_text[_length - 1]) && IsArabicScriptLetter(next))
            {
                Append(Zwnj, _gapStart, _gapEnd);
            }
            else if (_softSpace)
            {
                Append(' ', _gapStart, _gapEnd);
            }
            else if (withMap)
            {
                _ends[_length - 1] = _gapEnd;
            }

            _gapStart = -1;
            _newlines = 0;
            _space = false;
            _softSpace = false;
        }

        private void Append(char c, int start, int end)
        {
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _length * 2);
                if (withMap)
                {
                    Array.Resize(ref _starts, _length * 2);
                    Array.Resize(ref _ends, _length * 2);
                }
            }

            _text[_length] = c;
            if (withMap)
            {
                _starts[_length] = start;
                _ends[_length] = end;
            }

            _length++;
        }
    }
}
