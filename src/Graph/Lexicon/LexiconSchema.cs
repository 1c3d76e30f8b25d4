using System.Text.RegularExpressions;
using Graph.Model;

namespace Graph.Lexicon;

/// <summary>The vocabulary of the lexicon format: labels, id prefixes, fields and kinds allowed per label.</summary>
internal static partial class LexiconSchema
{
    /// <summary>The id prefix of each entity label.</summary>
    public static IReadOnlyDictionary<string, string> IdPrefixes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NodeLabel.Person] = "person",
        [NodeLabel.Country] = "country",
        [NodeLabel.Place] = "place",
        [NodeLabel.Organization] = "org",
    };

    /// <summary>The fields every entity may have.</summary>
    public static IReadOnlySet<string> CommonFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "label", "name", "nameEn", "aliases", "ambiguous",
    };

    /// <summary>The fields allowed only for some labels, with those labels.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> LabelFields { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["adjectives"] = new HashSet<string>(StringComparer.Ordinal) { NodeLabel.Country },
        ["code"] = new HashSet<string>(StringComparer.Ordinal) { NodeLabel.Country },
        ["country"] = new HashSet<string>(StringComparer.Ordinal) { NodeLabel.Place, NodeLabel.Organization, NodeLabel.Person },
        ["kind"] = new HashSet<string>(StringComparer.Ordinal) { NodeLabel.Place, NodeLabel.Organization },
        ["standsFor"] = new HashSet<string>(StringComparer.Ordinal) { NodeLabel.Place, NodeLabel.Organization },
        ["partOf"] = new HashSet<string>(StringComparer.Ordinal) { NodeLabel.Organization },
        ["roles"] = new HashSet<string>(StringComparer.Ordinal) { NodeLabel.Person },
    };

    /// <summary>The kinds allowed per label.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Kinds { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [NodeLabel.Place] = new HashSet<string>(StringComparer.Ordinal) { "capital", "city", "province", "region", "site" },
        [NodeLabel.Organization] = new HashSet<string>(StringComparer.Ordinal)
        {
            "international", "government", "ministry", "parliament", "council", "military", "party", "armed-group", "agency", "media", "other",
        },
    };

    /// <summary>The scopes a role may have.</summary>
    public static IReadOnlySet<string> RoleScopes { get; } = new HashSet<string>(StringComparer.Ordinal) { "country", "organization" };

    /// <summary>The fields of a tenure object.</summary>
    public static IReadOnlySet<string> TenureFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "role", "of", "from", "to" };

    /// <summary>The fields of a role definition.</summary>
    public static IReadOnlySet<string> RoleFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "id", "nameEn", "names", "scope", "of" };

    /// <summary>The fields of a title.</summary>
    public static IReadOnlySet<string> TitleFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "text", "kind" };

    /// <summary>The keys of the settings object.</summary>
    public static IReadOnlySet<string> SettingsFields { get; } = new HashSet<string>(StringComparer.Ordinal) { "homeCountry" };

    /// <summary>Whether <paramref name="id"/> is a well-formed entity id (any label).</summary>
    public static bool IsEntityId(string id) => CountryId().IsMatch(id) || SlugId().IsMatch(id);

    /// <summary>Whether <paramref name="id"/> is a well-formed id for an entity of <paramref name="label"/>.</summary>
    public static bool IsEntityId(string id, string label) =>
        label == NodeLabel.Country ? CountryId().IsMatch(id) : SlugId().IsMatch(id) && id.StartsWith(IdPrefixes[label] + ":", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="id"/> is a well-formed role id (a slug).</summary>
    public static bool IsRoleId(string id) => Slug().IsMatch(id);

    [GeneratedRegex("^country:[a-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryId();

    [GeneratedRegex("^(place|org|person):[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
