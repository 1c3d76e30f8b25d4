namespace Graph.Lexicon;

/// <summary>The merge state of one role definition while files are applied in order.</summary>
internal sealed class RoleDraft(string id, string nameEn, string scope)
{
    public string Id { get; } = id;

    public string NameEn { get; set; } = nameEn;

    public string Scope { get; set; } = scope;

    public List<string> Names { get; } = [];

    /// <summary>The fixed organization or country and where it was set.</summary>
    public (string Id, LexiconOrigin Origin)? Of { get; set; }
}
