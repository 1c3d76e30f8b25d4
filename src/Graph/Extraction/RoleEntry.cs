namespace Graph.Extraction;

/// <summary>What a role phrase stands for.</summary>
/// <param name="RoleId">The role id from the lexicon.</param>
/// <param name="Of">The organization or country the role's name already includes, if any.</param>
/// <param name="Plural">Whether the phrase is a plural form («رؤسای جمهور», «وزرای خارجه»).</param>
internal sealed record RoleEntry(string RoleId, string? Of, bool Plural);
