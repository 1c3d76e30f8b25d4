namespace Graph.Ner;

/// <summary>
/// The sparse feature weights of a model in an open-addressing table keyed by feature hash, with
/// each feature's weights stored next to each other: scoring a feature costs one probe of the table
/// and one read of its weights, which keeps tagging cheap next to the rest of extraction.
/// </summary>
internal sealed class NerWeightTable
{
    private readonly NerFeatureSlot[] _slots;
    private readonly NerTagWeight[] _weights;
    private readonly int _shift;

    /// <summary>Builds the table from each feature's hash and weights (features without weights are left out).</summary>
    public NerWeightTable(IEnumerable<(ulong Key, IReadOnlyList<NerTagWeight> Weights)> features)
    {
        var list = features.Where(f => f.Weights.Count > 0).ToList();
        var bits = 4;
        while ((1 << bits) < list.Count * 2)
        {
            bits++;
        }

        _slots = new NerFeatureSlot[1 << bits];
        _shift = 64 - bits;
        var weights = new List<NerTagWeight>();
        foreach (var (key, featureWeights) in list)
        {
            var slot = Probe(Stored(key));
            if (_slots[slot].Key != 0)
            {
                throw new ArgumentException("A feature is listed twice.", nameof(features));
            }

            _slots[slot] = new NerFeatureSlot(Stored(key), weights.Count, featureWeights.Count);
            weights.AddRange(featureWeights);
        }

        _weights = [.. weights];
        Count = list.Count;
    }

    /// <summary>The number of features.</summary>
    public int Count { get; }

    /// <summary>The number of weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>The features and their weights, by hash.</summary>
    public IEnumerable<(ulong Key, IReadOnlyList<NerTagWeight> Weights)> Features =>
        _slots.Where(s => s.Key != 0).OrderBy(s => s.Key).Select(s => (s.Key, (IReadOnlyList<NerTagWeight>)_weights[s.Start..(s.Start + s.Count)]));

    /// <summary>Adds the weights of feature <paramref name="key"/> (if it has any) to <paramref name="scores"/>, one per tag.</summary>
    public void AddTo(ulong key, Span<double> scores)
    {
        var slot = _slots[Probe(Stored(key))];
        for (var k = slot.Start; k < slot.Start + slot.Count; k++)
        {
            scores[_weights[k].Tag] += _weights[k].Weight;
        }
    }

    // Zero marks an empty slot; the one feature whose hash is zero is stored as one.
    private static ulong Stored(ulong key) => key == 0 ? 1 : key;

    private int Probe(ulong key)
    {
        var mask = _slots.Length - 1;
        var slot = (int)((key * 11400714819323198485UL) >> _shift);
        while (_slots[slot].Key != 0 && _slots[slot].Key != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }
}
