using Graph.Ner;

namespace Graph.Extraction;

/// <summary>How <see cref="GraphExtractor"/> extracts: whether the learned name recognizer runs beside the lexicon, and with which model.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The probability below which a person, place or nationality found by the recognizer is left out (chosen on ParsTwiNER dev and the news sentences, docs/ner.md).</summary>
    public const double DefaultMinNerConfidence = 0.4;

    /// <summary>The probability below which an organization found by the recognizer is left out: higher, as organizations are its least precise type (docs/ner.md).</summary>
    public const double DefaultMinOrganizationConfidence = 0.6;

    /// <summary>The options of <c>graph extract</c>: the recognizer on, with the built-in model.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Whether the learned name recognizer adds the names the lexicon does not know (<c>--no-learned-ner</c> turns it off).</summary>
    public bool LearnedNer { get; init; } = true;

    /// <summary>The recognizer's model; null for the built-in one.</summary>
    public NerModel? NerModel { get; init; }

    /// <summary>People, places and nationalities the recognizer is less sure of than this probability are left out.</summary>
    public double MinNerConfidence { get; init; } = DefaultMinNerConfidence;

    /// <summary>Organizations the recognizer is less sure of than this probability are left out.</summary>
    public double MinOrganizationConfidence { get; init; } = DefaultMinOrganizationConfidence;
}
