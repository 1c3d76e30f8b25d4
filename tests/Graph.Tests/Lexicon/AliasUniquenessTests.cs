using Graph.Lexicon;

namespace Graph.Tests.Lexicon;

public sealed class AliasUniquenessTests
{
    /// <summary>
    /// Names that really belong to more than one entity and are kept on purpose (docs/lexicon.md,
    /// "Known ambiguous names"), by their normalized key without spaces or joiners.
    /// </summary>
    private static readonly HashSet<string> KnownAmbiguous = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Every_built_in_name_belongs_to_one_entity_except_the_known_ambiguous_ones()
    {
        var owners = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var entity in KnowledgeBase.LoadBuiltIn().Entities)
        {
            foreach (var name in entity.Names.Concat(entity.Adjectives))
            {
                var key = LexiconNameKey.Of(name);
                if (!owners.TryGetValue(key, out var ids))
                {
                    owners[key] = ids = new SortedSet<string>(StringComparer.Ordinal);
                }

                ids.Add(entity.Id);
            }
        }

        var collisions = owners
            .Where(o => o.Value.Count > 1 && !KnownAmbiguous.Contains(o.Key))
            .Select(o => $"«{o.Key}»: {string.Join(", ", o.Value)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(collisions.Count == 0, "names shared by several entities:" + Environment.NewLine + string.Join(Environment.NewLine, collisions));
    }
}
