namespace Graph.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>The number of passes over the training sentences.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>The seed of the shuffling of the training sentences before each pass (training is deterministic).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features seen fewer times than this in the training sentences are left out (keeps the model small).</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights smaller than this in absolute value are left out of the model.</summary>
    public double MinWeight { get; init; } = 0.01;

    /// <summary>How many perceptrons are trained side by side, each on its own shuffling (seeds Seed, Seed+1…), and averaged into the model.</summary>
    public int Members { get; init; } = 5;

    /// <summary>
    /// The training sentences are split into this many folds (sentence k in fold k mod N) and each sentence's
    /// dictionary features come from the other folds (jackknifing), so that they are as reliable as on new text.
    /// </summary>
    public int DictionaryFolds { get; init; } = 10;

    /// <summary>The types whose micro-averaged development F1 picks the best epoch.</summary>
    public IReadOnlyList<string> SelectionTypes { get; init; } = ["PER", "LOC", "ORG"];
}
