namespace Graph.Extraction;

/// <summary>A person introduced with a role in an article («سرگئی شویگو وزیر دفاع روسیه»).</summary>
/// <param name="PersonId">The person's node id.</param>
/// <param name="RoleId">The role id.</param>
/// <param name="ScopeId">The country or organization of the role, if named.</param>
/// <param name="Sentence">The sentence it was found in.</param>
internal sealed record RoleFact(string PersonId, string RoleId, string? ScopeId, int Sentence);
