namespace Graph.Ner;

/// <summary>
/// The sparse feature weights of a model in an open-addressing table keyed by feature hash, with
/// each feature's weights stored next to each other in half precision: scoring a feature costs one
/// probe of an 8-byte slot and one read of its weights, which keeps tagging cheap next to the rest of
/// extraction. Slots keep the upper half of the hash; the full hashes are kept apart, for saving.
/// </summary>
internal sealed class NerWeightTable
{
    private const int MaxWeightsPerFeature = 15;

    private readonly NerFeatureSlot[] _slots;
    private readonly NerTagWeight[] _weights;
    private readonly ulong[] _keys;
    private readonly int[] _keySlots;
    private readonly int _shift;
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    /// <summary>Builds the table from each feature's hash and weights (features without weights are left out).</summary>
    public NerWeightTable(IEnumerable<(ulong Key, IReadOnlyList<NerTagWeight> Weights)> features)
    {
        var list = features.Where(f => f.Weights.Count > 0).OrderBy(f => f.Key).ToList();
        var bits = 4;
        while ((1 << bits) < list.Count * 4 / 3 + 1)
        {
            bits++;
        }

        _slots = new NerFeatureSlot[1 << bits];
        _shift = 64 - bits;
        var weights = new List<NerTagWeight>();
        var keys = new List<ulong>();
        var keySlots = new List<int>();
        foreach (var (key, featureWeights) in list)
        {
            if (featureWeights.Count > MaxWeightsPerFeature)
            {
                throw new ArgumentException($"A feature has more than {MaxWeightsPerFeature} weights.", nameof(features));
            }

            var slot = Probe(key);
            // Two features whose hashes share the upper half in one probe chain: the first keeps the slot (odds about 1 in 10^4 per model).
            if (_slots[slot].Fingerprint != 0)
            {
                continue;
            }

            _slots[slot] = new NerFeatureSlot(Fingerprint(key), (uint)(weights.Count << 4 | featureWeights.Count));
            weights.AddRange(featureWeights);
            keys.Add(key);
            keySlots.Add(slot);
        }

        // A Bloom filter of about 16 bits per feature, small enough to stay in cache, answers most lookups of unknown features.
        var filterBits = 10;
        while ((1 << filterBits) < keys.Count * 16 && filterBits < 24)
        {
            filterBits++;
        }

        _filter = new ulong[(1 << filterBits) / 64];
        _filterShift = 64 - filterBits;
        foreach (var key in keys)
        {
            var (a, b) = FilterBits(key);
            _filter[a >> 6] |= 1UL << (a & 63);
            _filter[b >> 6] |= 1UL << (b & 63);
        }

        _weights = [.. weights];
        _keys = [.. keys];
        _keySlots = [.. keySlots];
    }

    /// <summary>The number of features.</summary>
    public int Count => _keys.Length;

    /// <summary>The number of weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>The features and their weights, by hash.</summary>
    public IEnumerable<(ulong Key, IReadOnlyList<NerTagWeight> Weights)> Features =>
        _keys.Select((key, k) => (key, (IReadOnlyList<NerTagWeight>)_weights[_slots[_keySlots[k]].Start..(_slots[_keySlots[k]].Start + _slots[_keySlots[k]].Count)]));

    /// <summary>Adds the weights of feature <paramref name="key"/> (if it has any) to <paramref name="scores"/>, one per tag.</summary>
    public void AddTo(ulong key, Span<double> scores)
    {
        var (a, b) = FilterBits(key);
        if ((_filter[a >> 6] & (1UL << (a & 63))) == 0 || (_filter[b >> 6] & (1UL << (b & 63))) == 0)
        {
            return;
        }

        var slot = _slots[Probe(key)];
        var end = slot.Start + slot.Count;
        for (var k = slot.Start; k < end; k++)
        {
            scores[_weights[k].Tag] += (double)_weights[k].Weight;
        }
    }

    // Zero marks an empty slot; a hash whose upper half is zero is stored as one.
    private static uint Fingerprint(ulong key) => (uint)(key >> 32) is var high && high != 0 ? high : 1;

    private (int A, int B) FilterBits(ulong key) =>
        ((int)((key * 0x9E3779B97F4A7C15UL) >> _filterShift), (int)((key * 0xC2B2AE3D27D4EB4FUL) >> _filterShift));

    private int Probe(ulong key)
    {
        var mask = _slots.Length - 1;
        var fingerprint = Fingerprint(key);
        var slot = (int)((key * 11400714819323198485UL) >> _shift);
        while (_slots[slot].Fingerprint != 0 && _slots[slot].Fingerprint != fingerprint)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }
}
