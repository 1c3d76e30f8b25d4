namespace Graph.Ner;

/// <summary>What <see cref="NerTrainer.Train"/> produced.</summary>
/// <param name="Model">The model of the best pass on the development set.</param>
/// <param name="Epochs">The development score after every pass.</param>
/// <param name="BestEpoch">The pass the model comes from.</param>
public sealed record NerTrainingResult(NerModel Model, IReadOnlyList<NerEpochReport> Epochs, int BestEpoch);
