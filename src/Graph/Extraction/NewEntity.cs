namespace Graph.Extraction;

/// <summary>An entity the lexicon does not know, found in an article.</summary>
/// <param name="Label">Its node label (Person, Place, Organization).</param>
/// <param name="Name">Its normalized name.</param>
internal sealed record NewEntity(string Label, string Name);
