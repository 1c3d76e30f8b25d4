using System.Buffers;
using System.Globalization;
using System.Text;

namespace Graph.Text;

/// <summary>
/// Splits normalized Persian text into words, numbers, punctuation and symbols.
/// </summary>
/// <remarks>
/// A word is a run of letters (Persian, Arabic, Latin or any other script) and combining marks;
/// a ZWNJ between two letters stays inside the word («همکاری‌های»). A number is a run of digits
/// in which a single «/», «:», «.» or «,» between two digits stays inside (1397/01/27, 11:23,
/// 3.5, 1,000). Letters glued to digits («اس300») make two tokens. Every other visible
/// character is a token of its own: punctuation (« » ، ؛ : . ! ؟ - / and the like) or a symbol
/// (+ = $ and the like). Whitespace, ZWNJ outside words and invisible format characters make no
/// token. Spans are offsets into the whole text.
/// </remarks>
public sealed class PersianTokenizer : ITokenizer
{
    /// <summary>A shared instance; the tokenizer holds no state.</summary>
    public static PersianTokenizer Instance { get; } = new();

    /// <summary>The tokens of the whole <paramref name="normalizedText"/>.</summary>
    public IReadOnlyList<Token> Tokenize(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Tokenize(normalizedText, new TextSpan(0, normalizedText.Length));
    }

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string normalizedText, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentOutOfRangeException.ThrowIfNegative(range.Start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, normalizedText.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.Start, range.End);

        var tokens = new List<Token>();
        var i = range.Start;
        while (i < range.End)
        {
            var kind = Classify(normalizedText, i, range.End, out var length);
            int end;
            switch (kind)
            {
                case CharKind.Letter:
                    end = EndOfWord(normalizedText, i + length, range.End);
                    Add(tokens, normalizedText, i, end, TokenKind.Word);
                    break;
                case CharKind.Digit:
                    end = EndOfNumber(normalizedText, i + length, range.End);
                    Add(tokens, normalizedText, i, end, TokenKind.Number);
                    break;
                case CharKind.Punctuation:
                    end = i + length;
                    Add(tokens, normalizedText, i, end, TokenKind.Punctuation);
                    break;
                case CharKind.Symbol:
                    end = i + length;
                    Add(tokens, normalizedText, i, end, TokenKind.Symbol);
                    break;
                default:
                    end = i + length;
                    break;
            }

            i = end;
        }

        return tokens;
    }

    private static void Add(List<Token> tokens, string text, int start, int end, TokenKind kind) =>
        tokens.Add(new Token(text[start..end], new TextSpan(start, end), kind));

    private static int EndOfWord(string text, int i, int limit)
    {
        while (i < limit)
        {
            var kind = Classify(text, i, limit, out var length);
            if (kind is CharKind.Letter or CharKind.Mark)
            {
                i += length;
                continue;
            }

            if (text[i] == PersianNormalizer.Zwnj)
            {
                var after = i + 1;
                while (after < limit && text[after] == PersianNormalizer.Zwnj)
                {
                    after++;
                }

                if (after < limit && Classify(text, after, limit, out _) == CharKind.Letter)
                {
                    i = after;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    private static int EndOfNumber(string text, int i, int limit)
    {
        while (i < limit)
        {
            var kind = Classify(text, i, limit, out var length);
            if (kind == CharKind.Digit)
            {
                i += length;
            }
            else if (text[i] is '/' or ':' or '.' or ',' && i + 1 < limit && Classify(text, i + 1, limit, out _) == CharKind.Digit)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static CharKind Classify(string text, int i, int limit, out int length)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(i, limit - i), out var rune, out length) != OperationStatus.Done)
        {
            length = 1;
            return CharKind.Symbol;
        }

        if (Rune.IsLetter(rune))
        {
            return CharKind.Letter;
        }

        if (Rune.IsDigit(rune))
        {
            return CharKind.Digit;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharKind.Punctuation,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.PrivateUse => CharKind.Symbol,
            _ => CharKind.Invisible,
        };
    }

    private enum CharKind
    {
        Letter,
        Digit,
        Mark,
        Punctuation,
        Symbol,
        Invisible,
    }
}
