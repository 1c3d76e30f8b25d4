namespace Graph.Lexicon;

/// <summary>The merge state of one entity while files are applied in order.</summary>
internal sealed class EntityDraft(string id, string label, string name)
{
    public string Id { get; } = id;

    public string Label { get; } = label;

    public string Name { get; set; } = name;

    public string? NameEn { get; set; }

    public List<string> Aliases { get; } = [];

    public List<string> Adjectives { get; } = [];

    public List<string> Ambiguous { get; } = [];

    public string? Code { get; set; }

    public string? Kind { get; set; }

    /// <summary>The country reference and where it was set (a later file may replace it).</summary>
    public (string Id, LexiconOrigin Origin)? Country { get; set; }

    /// <summary>The metonymy reference and where it was set.</summary>
    public (string Id, LexiconOrigin Origin)? StandsFor { get; set; }

    /// <summary>The parent organization reference and where it was set.</summary>
    public (string Id, LexiconOrigin Origin)? PartOf { get; set; }

    public List<TenureDraft> Tenures { get; } = [];

    /// <summary>Every name, alias and adjective given so far.</summary>
    public IEnumerable<string> AllNames => Adjectives.Concat(Aliases).Prepend(Name);

    /// <summary>Replaces the name; the old name stays a match string, as an alias.</summary>
    public void Rename(string name)
    {
        if (name != Name)
        {
            AddDistinct(Aliases, Name);
            Aliases.Remove(name);
            Name = name;
        }
    }

    /// <summary>Adds a tenure; one with the same role, scope and start replaces the old one (so a later file can close it).</summary>
    public void AddTenure(TenureDraft tenure)
    {
        var same = Tenures.FindIndex(t => t.Role == tenure.Role && t.Of == tenure.Of && t.From == tenure.From);
        if (same >= 0)
        {
            Tenures[same] = tenure;
        }
        else
        {
            Tenures.Add(tenure);
        }
    }

    /// <summary>Adds a string to a list unless it is already there.</summary>
    public static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
