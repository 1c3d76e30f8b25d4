namespace Graph.Ner;

/// <summary>A name found in a sentence: tokens <see cref="First"/> to <see cref="Last"/> (inclusive) of one type.</summary>
/// <param name="First">The index of its first token.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Type">The name type («PER», «LOC», «ORG», «NAT», «POG», «EVE»).</param>
public sealed record NerSpan(int First, int Last, string Type)
{
    /// <summary>How sure the tagger is of exactly this span and type: its probability under the model (1 for gold spans).</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>
    /// The spans of a BIO tag sequence. An «I-X» that does not continue an X span starts a new one
    /// (as conlleval reads it), so a tagger is scored the same whichever of the two it writes.
    /// </summary>
    public static List<NerSpan> FromTags(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<NerSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : NerTagSet.Outside;
            var (prefix, tagType) = NerTagSet.Split(tag);
            var continues = prefix == 'I' && tagType == type;
            if (type is not null && !continues)
            {
                spans.Add(new NerSpan(start, i - 1, type));
                type = null;
            }

            if (prefix != 'O' && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return spans;
    }
}
