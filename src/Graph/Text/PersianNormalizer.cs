using System.Text;

namespace Graph.Text;

/// <summary>
/// Folds the spelling variants of Persian text (Arabic letter forms, diacritics, digits, joiners,
/// whitespace) into one form and keeps a map back to the original characters.
/// </summary>
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
        var builder = new Builder(original);
        var nextExcluded = 0;
        var folded = new StringBuilder(4);
        for (var i = 0; i < original.Length; i++)
        {
            while (nextExcluded < excluded.Count && excluded[nextExcluded].End <= i)
            {
                nextExcluded++;
            }

            if (nextExcluded < excluded.Count && excluded[nextExcluded].Start <= i)
            {
                builder.Gap(i, GapKind.Paragraph);
                continue;
            }

            var c = original[i];
            switch (Classify(c))
            {
                case CharClass.Drop:
                    builder.Drop(i);
                    break;
                case CharClass.Newline:
                    builder.Gap(i, GapKind.Newline);
                    break;
                case CharClass.Space:
                    builder.Gap(i, GapKind.Space);
                    break;
                case CharClass.SoftSpace:
                    builder.Gap(i, GapKind.SoftSpace);
                    break;
                case CharClass.Joiner:
                    builder.Gap(i, GapKind.Joiner);
                    break;
                default:
                    folded.Clear();
                    Fold(c, folded);
                    builder.Emit(i, folded);
                    break;
            }
        }

        return builder.Finish();
    }

    /// <summary>Normalizes a short string (a name, a trigger) and returns only the text.</summary>
    public string NormalizeString(string text) => Normalize(text).Text;

    private static CharClass Classify(char c)
    {
        if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED' and not '\u06E5' and not '\u06E6')
        {
            return CharClass.Drop;
        }

        return c switch
        {
            '\n' => CharClass.Newline,
            '\u2028' or '\u2029' => CharClass.Newline,
            Zwnj => CharClass.Joiner,
            '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' => CharClass.SoftSpace,
            '\u200B' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u00AD' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => CharClass.Joiner,
            _ when char.IsWhiteSpace(c) || char.IsControl(c) => CharClass.Space,
            _ => CharClass.Keep,
        };
    }

    private static void Fold(char c, StringBuilder output)
    {
        switch (c)
        {
            case '\u064A' or '\u0649' or '\u06D0' or '\u06D2' or '\u06CC':
                output.Append('\u06CC');
                return;
            case '\u0643' or '\u06AA' or '\u06A9':
                output.Append('\u06A9');
                return;
            case '\u0629' or '\u06C0' or '\u06BE' or '\u06C1' or '\u06D5':
                output.Append('\u0647');
                return;
            case '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673':
                output.Append('\u0627');
                return;
            case '\u0624':
                output.Append('\u0648');
                return;
            case >= '\u06F0' and <= '\u06F9':
                output.Append((char)('0' + (c - '\u06F0')));
                return;
            case >= '\u0660' and <= '\u0669':
                output.Append((char)('0' + (c - '\u0660')));
                return;
            case '\u066B':
                output.Append('.');
                return;
            case '\u066C':
                output.Append(',');
                return;
            case (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC'):
                foreach (var part in c.ToString().Normalize(NormalizationForm.FormKC))
                {
                    if (Classify(part) == CharClass.Keep)
                    {
                        Fold(part, output);
                    }
                    else if (Classify(part) is CharClass.Space or CharClass.SoftSpace)
                    {
                        output.Append(' ');
                    }
                }

                return;
            default:
                output.Append(c);
                return;
        }
    }

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
    private sealed class Builder(string original)
    {
        private readonly StringBuilder _text = new(original.Length);
        private readonly List<int> _starts = new(original.Length);
        private readonly List<int> _ends = new(original.Length);
        private int _gapStart = -1;
        private int _gapEnd;
        private int _newlines;
        private bool _space;
        private bool _softSpace;
        private int _leadingStart;

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
                    _newlines = Math.Max(_newlines, 2);
                    break;
                case GapKind.Newline:
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
            else if (_ends.Count > 0)
            {
                _ends[^1] = index + 1;
            }
        }

        public void Emit(int index, StringBuilder folded)
        {
            if (folded.Length == 0)
            {
                Drop(index);
                return;
            }

            ResolveGap(folded[0]);
            var start = _text.Length == 0 ? _leadingStart : index;
            for (var k = 0; k < folded.Length; k++)
            {
                _text.Append(folded[k]);
                _starts.Add(k == 0 ? start : index);
                _ends.Add(index + 1);
            }
        }

        public NormalizedText Finish()
        {
            if (_gapStart >= 0 && _ends.Count > 0)
            {
                _ends[^1] = _gapEnd;
            }

            return new NormalizedText(original, _text.ToString(), [.. _starts], [.. _ends]);
        }

        private void ResolveGap(char next)
        {
            if (_gapStart < 0)
            {
                return;
            }

            if (_text.Length == 0)
            {
                // Leading gap characters belong to the first output character.
                _leadingStart = 0;
            }
            else if (_newlines > 0)
            {
                var count = Math.Min(_newlines, 2);
                for (var k = 0; k < count; k++)
                {
                    _text.Append('\n');
                    _starts.Add(k == 0 ? _gapStart : Math.Min(_gapStart + 1, _gapEnd - 1));
                    _ends.Add(k == count - 1 ? _gapEnd : _gapStart + 1);
                }
            }
            else if (_space)
            {
                Append(' ');
            }
            else if (char.IsLetter(_text[^1]) && char.IsLetter(next))
            {
                Append(Zwnj);
            }
            else if (_softSpace)
            {
                Append(' ');
            }
            else
            {
                _ends[^1] = _gapEnd;
            }

            _gapStart = -1;
            _newlines = 0;
            _space = false;
            _softSpace = false;
        }

        private void Append(char c)
        {
            _text.Append(c);
            _starts.Add(_gapStart);
            _ends.Add(_gapEnd);
        }
    }
}
