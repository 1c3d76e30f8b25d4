namespace Graph.Articles;

/// <summary>The result of decoding an article's bytes: the text and its encoding, or why there is none.</summary>
/// <param name="Text">The decoded text, or null when decoding failed.</param>
/// <param name="Encoding">The encoding's web name, when decoded.</param>
/// <param name="Failure">Why decoding failed.</param>
/// <param name="Message">What went wrong, in words.</param>
internal sealed record DecodedText(string? Text, string? Encoding, InputFailureReason? Failure = null, string? Message = null)
{
    public static DecodedText Failed(InputFailureReason reason, string message) => new(null, null, reason, message);
}
