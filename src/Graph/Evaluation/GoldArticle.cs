namespace Graph.Evaluation;

/// <summary>The reference annotation of one article.</summary>
/// <param name="File">The article's file name (without folders), e.g. <c>000_a4726ea7a5eced5f.txt</c>.</param>
/// <param name="CoreEntities">Keys of the entities a graph must find.</param>
/// <param name="OptionalEntities">Keys of entities that are correct but neither rewarded nor punished.</param>
/// <param name="CoreRelations">Relations a graph must find.</param>
/// <param name="OptionalRelations">Relations that are correct but neither rewarded nor punished.</param>
public sealed record GoldArticle(
    string File,
    IReadOnlyList<string> CoreEntities,
    IReadOnlyList<string> OptionalEntities,
    IReadOnlyList<GoldRelation> CoreRelations,
    IReadOnlyList<GoldRelation> OptionalRelations);
