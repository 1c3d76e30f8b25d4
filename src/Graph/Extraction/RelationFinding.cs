namespace Graph.Extraction;

/// <summary>A relation between two entities found in one sentence.</summary>
/// <param name="Type">The edge type.</param>
/// <param name="Source">The source node id.</param>
/// <param name="Target">The target node id.</param>
/// <param name="Sentence">The sentence that supports it.</param>
/// <param name="Trigger">The trigger phrase.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
internal sealed record RelationFinding(string Type, string Source, string Target, int Sentence, string Trigger, double Confidence)
{
    /// <summary>The CAMEO code of this particular relation, when it refines the type's default (041 phone, 042 visit).</summary>
    public string? Cameo { get; init; }

    /// <summary>The Event node this relation concerns, if any.</summary>
    public string? EventKey { get; init; }

    /// <summary>Extra properties: mode and date of a meeting.</summary>
    public string? Mode { get; init; }

    /// <summary>The date the relation happened, when known.</summary>
    public DateOnly? Date { get; init; }
}
