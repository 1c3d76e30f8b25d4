namespace Graph.Lexicon;

/// <summary>A role of the role vocabulary (foreign minister, secretary-general…).</summary>
/// <param name="Id">The role id (<c>foreign-minister</c>).</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Names">The Persian names of the role («وزیر امور خارجه»، «وزیر خارجه»).</param>
/// <param name="Scope"><c>country</c> or <c>organization</c>: what follows the role name in a role phrase.</param>
/// <param name="Of">The organization or country the role always belongs to, when its names already say it.</param>
public sealed record RoleDefinition(string Id, string NameEn, IReadOnlyList<string> Names, string Scope, string? Of);
