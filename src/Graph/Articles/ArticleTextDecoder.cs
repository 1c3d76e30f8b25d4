using System.Text;

namespace Graph.Articles;

/// <summary>
/// Turns the bytes of a plain-text article into text: UTF-8 (with or without byte order mark),
/// UTF-16 LE/BE with a byte order mark, or Windows-1256 when the bytes are not UTF-8 and decode to
/// plausible Persian text.
/// </summary>
/// <remarks>
/// Windows-1256 is plausible when the decoded text has no control characters (other than tab,
/// line breaks, vertical tab and form feed) and at least half of its letters are Arabic-script letters. Anything
/// else (Latin-1, other code pages, binary data) fails as <see cref="InputFailureReason.UnknownEncoding"/>;
/// bytes with NUL in them, or text with control characters, fail as <see cref="InputFailureReason.Binary"/>.
/// </remarks>
internal static class ArticleTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Arabic1256 =
        CodePagesEncodingProvider.Instance.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1256 is not available.");

    /// <summary>The UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf32LeBom => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf32BeBom => [0x00, 0x00, 0xFE, 0xFF];

    /// <summary>Whether <paramref name="bytes"/> start with a UTF-16 byte order mark, little- or big-endian.</summary>
    public static bool HasUtf16ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf16LeBom) || bytes.StartsWith(Utf16BeBom);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return DecodeStrict(bytes[3..], StrictUtf8, "utf-8", "has a UTF-8 byte order mark but is not valid UTF-8");
        }

        if (bytes.StartsWith(Utf32LeBom) || bytes.StartsWith(Utf32BeBom))
        {
            return DecodedText.Failed(InputFailureReason.UnknownEncoding, "is UTF-32, which is not supported; save it as UTF-8");
        }

        if (bytes.StartsWith(Utf16LeBom))
        {
            return DecodeStrict(bytes[2..], StrictUtf16Le, "utf-16", "has a UTF-16 byte order mark but is not valid UTF-16");
        }

        if (bytes.StartsWith(Utf16BeBom))
        {
            return DecodeStrict(bytes[2..], StrictUtf16Be, "utf-16BE", "has a UTF-16 byte order mark but is not valid UTF-16");
        }

        if (bytes.Contains((byte)0))
        {
            return DecodedText.Failed(InputFailureReason.Binary, "is a binary file (it holds NUL bytes), not text");
        }

        var utf8 = DecodeStrict(bytes, StrictUtf8, "utf-8", "");
        if (utf8.Failure is not InputFailureReason.UnknownEncoding)
        {
            return utf8;
        }

        var arabic = Arabic1256.GetString(bytes);
        return IsPlausiblePersian(arabic)
            ? new DecodedText(arabic, "windows-1256")
            : DecodedText.Failed(InputFailureReason.UnknownEncoding, "is neither UTF-8, UTF-16 with a byte order mark, nor Windows-1256 Persian text; save it as UTF-8");
    }

    private static DecodedText DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string invalidMessage)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Failed(InputFailureReason.UnknownEncoding, invalidMessage);
        }

        return HasControlCharacters(text)
            ? DecodedText.Failed(InputFailureReason.Binary, "is a binary file (it holds control characters), not text")
            : new DecodedText(text, name);
    }

    private static bool IsPlausiblePersian(string text)
    {
        if (HasControlCharacters(text))
        {
            return false;
        }

        var arabicScript = 0;
        var other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabicScript++;
            }
            else
            {
                other++;
            }
        }

        return arabicScript > 0 && arabicScript >= other;
    }

    private static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                return true;
            }
        }

        return false;
    }
}
