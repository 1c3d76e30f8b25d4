using System.Globalization;
using System.Numerics;
using System.Text;

namespace Graph.Evaluation;

/// <summary>How Python writes strings and floats: <c>repr()</c>, <c>round(x, 3)</c> and <c>f"{x:.3f}"</c>.</summary>
internal static class PythonLiteral
{
    /// <summary>Python's <c>repr()</c> of a string.</summary>
    public static string Repr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var codePoint in PythonUnicode.ToCodePoints(text))
        {
            switch (codePoint)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\t':
                    builder.Append(@"\t");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                case < ' ' or 0x7F:
                    builder.Append(CultureInfo.InvariantCulture, $@"\x{codePoint:x2}");
                    break;
                case < 0x7F:
                    if (codePoint == quote)
                    {
                        builder.Append('\\');
                    }

                    builder.Append((char)codePoint);
                    break;
                default:
                    if (PythonUnicode.IsPrintable(codePoint))
                    {
                        PythonUnicode.Append(builder, codePoint);
                    }
                    else if (codePoint <= 0xFF)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $@"\x{codePoint:x2}");
                    }
                    else if (codePoint <= 0xFFFF)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $@"\u{codePoint:x4}");
                    }
                    else
                    {
                        builder.Append(CultureInfo.InvariantCulture, $@"\U{codePoint:x8}");
                    }

                    break;
            }
        }

        return builder.Append(quote).ToString();
    }

    /// <summary>Python's <c>repr()</c> of a float: the shortest digits that read back to the same value.</summary>
    public static string FloatRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        // .NET's "R" gives the shortest round-trip digits; only their layout differs from Python's.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        if (negative)
        {
            shortest = shortest[1..];
        }

        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var decimalPoint = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        decimalPoint -= leadingZeros;
        if (digits.Length == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        string text;
        if (decimalPoint is > -4 and <= 16)
        {
            text = decimalPoint <= 0
                ? "0." + new string('0', -decimalPoint) + digits
                : decimalPoint >= digits.Length
                    ? digits + new string('0', decimalPoint - digits.Length) + ".0"
                    : digits[..decimalPoint] + "." + digits[decimalPoint..];
        }
        else
        {
            var e = decimalPoint - 1;
            text = (digits.Length == 1 ? digits : digits[..1] + "." + digits[1..])
                + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", CultureInfo.InvariantCulture);
        }

        return negative ? "-" + text : text;
    }

    /// <summary>Python's <c>round(value, 3)</c>: the exact value rounded half to even.</summary>
    public static double RoundToThousandths(double value) => (double)Thousandths(value) / 1000.0;

    /// <summary>Python's <c>f"{value:.3f}"</c>.</summary>
    public static string FormatThousandths(double value)
    {
        var thousandths = Thousandths(value);
        var sign = thousandths.Sign < 0 || (thousandths.IsZero && double.IsNegative(value)) ? "-" : string.Empty;
        var magnitude = BigInteger.Abs(thousandths);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / 1000}.{(int)(magnitude % 1000):000}");
    }

    /// <summary>The value times 1000, rounded half to even from its exact binary value.</summary>
    private static BigInteger Thousandths(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite values can be rounded.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        var scaled = new BigInteger(mantissa) * 1000;
        BigInteger result;
        if (exponent >= 0)
        {
            result = scaled << exponent;
        }
        else
        {
            var divisor = BigInteger.One << -exponent;
            var quotient = BigInteger.DivRem(scaled, divisor, out var remainder);
            var comparison = (remainder * 2).CompareTo(divisor);
            result = comparison > 0 || (comparison == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
        }

        return value < 0 ? -result : result;
    }
}
