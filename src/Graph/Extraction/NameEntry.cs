namespace Graph.Extraction;

/// <summary>What a lexicon phrase stands for.</summary>
/// <param name="EntityId">The entity's node id.</param>
/// <param name="Label">The entity's label.</param>
/// <param name="Form">How the phrase names the entity.</param>
internal sealed record NameEntry(string EntityId, string Label, NameForm Form);
