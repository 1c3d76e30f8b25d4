using System.Globalization;
using Graph.Articles;

namespace Graph.Pipeline;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of the input, so that independent workers can each take one:
/// an article belongs to the shard its content id falls in (the id is a hash, so the parts are even and
/// a duplicate always lands with its original); a failed input to the shard of its path.
/// </summary>
/// <param name="Index">The shard, from 0 to <paramref name="Count"/> - 1.</param>
/// <param name="Count">How many shards there are.</param>
public sealed record ArticleShard(int Index, int Count)
{
    /// <summary>The whole input.</summary>
    public static ArticleShard All { get; } = new(0, 1);

    /// <summary>Reads <c>i/n</c> (0 ≤ i &lt; n); null when the text is not that.</summary>
    public static ArticleShard? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count > 0 && index < count
            ? new ArticleShard(index, count)
            : null;
    }

    /// <summary>Whether the article with <paramref name="articleId"/> belongs to this shard.</summary>
    public bool Contains(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return Count == 1 || (int)(Hash(articleId) % (ulong)Count) == Index;
    }

    /// <summary>Whether an outcome belongs to this shard: articles and duplicates by id, failures by where they were read.</summary>
    public bool Contains(ArticleReadOutcome outcome) => outcome switch
    {
        _ when Count == 1 => true,
        ArticleRead read => Contains(read.Article.Id),
        DuplicateArticle duplicate => Contains(duplicate.Id),
        _ => (int)(Hash(outcome.Source.File + ":" + outcome.Source.Line?.ToString(CultureInfo.InvariantCulture)) % (ulong)Count) == Index,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";

    /// <summary>FNV-1a over the UTF-16 code units: the same on every machine and every run (unlike <see cref="string.GetHashCode()"/>).</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
