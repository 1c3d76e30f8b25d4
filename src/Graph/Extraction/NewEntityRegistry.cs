using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Places and organizations found in one article that the lexicon does not know. The id is made
/// from the name's letters (spaces and ZWNJ ignored), so the same name in two articles is one node.
/// </summary>
internal sealed class NewEntityRegistry(ExtractionLexicon lexicon)
{
    private readonly Dictionary<string, NewEntity> _entities = new(StringComparer.Ordinal);

    /// <summary>The entities found so far, by id.</summary>
    public IReadOnlyDictionary<string, NewEntity> Entities => _entities;

    /// <summary>Registers a place or organization and returns its id.</summary>
    public string Register(string label, string normalizedName)
    {
        var prefix = label switch
        {
            NodeLabel.Place => "place:",
            NodeLabel.Organization => "org:",
            _ => throw new ArgumentException($"Not a place or organization: {label}", nameof(label)),
        };
        var id = prefix + PersianTransliteration.Slug(PhraseMatcher<string>.Key(normalizedName));

        // Lexicon ids are English slugs; a transliteration that happens to equal one must not take over that entity.
        if (lexicon.Entity(id) is not null)
        {
            id += "-x";
        }

        _entities.TryAdd(id, new NewEntity(label, normalizedName));
        return id;
    }
}
