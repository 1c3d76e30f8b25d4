using Graph.Text;

namespace Graph.Extraction;

/// <summary>Something a sentence refers to: a person, country, place or organization, by name, role or pronoun.</summary>
/// <param name="Kind">How it is named.</param>
/// <param name="Span">Where it lies in the normalized text.</param>
/// <param name="FirstToken">The index of its first token in the sentence.</param>
/// <param name="LastToken">The index of its last token in the sentence.</param>
/// <param name="EntityIds">The entities it refers to (empty while unresolved).</param>
/// <param name="Label">The label of the entities it refers to.</param>
internal sealed record Referent(ReferentKind Kind, TextSpan Span, int FirstToken, int LastToken, IReadOnlyList<string> EntityIds, string Label)
{
    /// <summary>The role id of «همتای [C] خود»: the subject's own role, in country C.</summary>
    public const string CounterpartRole = "@counterpart";

    /// <summary>The role of a role phrase or apposition.</summary>
    public string? RoleId { get; init; }

    /// <summary>The countries or organizations the role belongs to (several for plural roles).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>For a country group, how many countries it refers back to.</summary>
    public int GroupSize { get; init; }

    /// <summary>The name of a person, place or organization the lexicon does not know.</summary>
    public string? NewName { get; init; }

    /// <summary>How sure the finder is of the referent: 1 for the lexicon and rules, the recognizer's probability for learned names.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The entity id, when the referent stands for exactly one entity.</summary>
    public string? Single => EntityIds.Count == 1 ? EntityIds[0] : null;

    /// <summary>Whether the referent stands for one or more people.</summary>
    public bool IsPerson => Label == Model.NodeLabel.Person;

    /// <summary>Whether the referent can speak or act as an institution (a country or an organization).</summary>
    public bool IsInstitution => Label is Model.NodeLabel.Country or Model.NodeLabel.Organization;
}
