namespace Graph.Ner;

/// <summary>The BIO tags a model predicts: «O», then «B-X» and «I-X» for each name type X.</summary>
internal sealed class NerTagSet
{
    /// <summary>The tag of a token outside every name.</summary>
    public const string Outside = "O";

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly bool[] _allowed;
    private int[][]? _predecessors;

    /// <summary>Creates the tag set of the given tags (the first must be «O»).</summary>
    public NerTagSet(IReadOnlyList<string> tags)
    {
        if (tags.Count == 0 || tags[0] != Outside)
        {
            throw new ArgumentException("The first tag must be O.", nameof(tags));
        }

        Tags = tags;
        for (var i = 0; i < tags.Count; i++)
        {
            _index[tags[i]] = i;
        }

        // Row Count is the start of the sentence; an I-X tag may only follow B-X or I-X.
        _allowed = new bool[(tags.Count + 1) * tags.Count];
        for (var previous = 0; previous <= tags.Count; previous++)
        {
            for (var next = 0; next < tags.Count; next++)
            {
                var (prefix, type) = Split(tags[next]);
                _allowed[previous * tags.Count + next] = prefix != 'I' || previous < tags.Count && Split(tags[previous]).Type == type;
            }
        }
    }

    /// <summary>For each tag, the tags (not the start) that may come before it.</summary>
    public IReadOnlyList<int[]> Predecessors => _predecessors ??= [.. Enumerable.Range(0, Tags.Count).Select(next => Enumerable.Range(0, Tags.Count).Where(previous => Allowed(previous, next)).ToArray())];

    /// <summary>The tags, «O» first.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The number of tags.</summary>
    public int Count => Tags.Count;

    /// <summary>The pseudo-tag index of the sentence start (for transitions).</summary>
    public int Start => Tags.Count;

    /// <summary>The tag set for the types, in the given order.</summary>
    public static NerTagSet ForTypes(IEnumerable<string> types) =>
        new([Outside, .. types.SelectMany(t => new[] { "B-" + t, "I-" + t })]);

    /// <summary>The index of <paramref name="tag"/>, or -1 when the model does not know it.</summary>
    public int IndexOf(string tag) => _index.GetValueOrDefault(tag, -1);

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (or the sentence start, <see cref="Start"/>).</summary>
    public bool Allowed(int previous, int next) => _allowed[previous * Tags.Count + next];

    /// <summary>The prefix ('B', 'I' or 'O') and type of a tag.</summary>
    public static (char Prefix, string? Type) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' ? (tag[0], tag[2..]) : ('O', null);

    /// <summary>The tags of a sentence with every «I-X» that starts a span turned into «B-X».</summary>
    public static string[] Repair(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        string? previousType = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, type) = Split(tags[i]);
            result[i] = prefix == 'I' && type != previousType ? "B-" + type : tags[i];
            previousType = type;
        }

        return result;
    }
}
