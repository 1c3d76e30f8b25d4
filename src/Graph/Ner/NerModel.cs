using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Graph.Ner;

/// <summary>
/// A trained name tagger: sparse feature weights per BIO tag, tag transition weights, and the
/// temperature that turns its scores into probabilities, and the dictionary of the training words that were
/// part of names. Saved as gzip-compressed binary.
/// </summary>
public sealed class NerModel
{
    /// <summary>The name of the built-in model's embedded resource.</summary>
    public const string BuiltInResource = "Graph.Ner.Model.parstwiner.ner.gz";

    private const string Magic = "GNER";
    private const int FormatVersion = 3;

    private static readonly Lazy<NerModel> LazyBuiltIn = new(LoadBuiltIn);

    private readonly NerWeightTable _weights;
    private readonly double[] _transitions;

    internal NerModel(NerTagSet tags, NerWeightTable weights, double[] transitions, double temperature, double outsideBias, IReadOnlyDictionary<string, string> properties, NerNameDictionary? dictionary = null)
    {
        Dictionary = dictionary ?? NerNameDictionary.Empty;
        TagSet = tags;
        _weights = weights;
        _transitions = transitions;
        Temperature = temperature;
        OutsideBias = outsideBias;
        Properties = new SortedDictionary<string, string>(properties.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
    }

    /// <summary>The model shipped with the library, trained on ParsTwiNER (see src/Graph/Ner/Model/README.md).</summary>
    public static NerModel BuiltIn => LazyBuiltIn.Value;

    /// <summary>The BIO tags the model predicts, «O» first.</summary>
    public IReadOnlyList<string> Tags => TagSet.Tags;

    /// <summary>The name types the model predicts («LOC», «PER»…).</summary>
    public IReadOnlyList<string> Types => Tags.Skip(1).Select(t => t[2..]).Distinct().ToList();

    /// <summary>How many features carry a weight.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>The number of non-zero feature weights.</summary>
    public int WeightCount => _weights.WeightCount;

    /// <summary>The divisor of scores before they are turned into probabilities (calibrated on the development set).</summary>
    public double Temperature { get; }

    /// <summary>What is taken off the score of «O» at every token (tuned on the development set: a perceptron is cautious, and recall matters).</summary>
    public double OutsideBias { get; }

    /// <summary>How the model was trained (corpus, seed, epochs, development scores…).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    internal NerTagSet TagSet { get; }

    /// <summary>The training words that were part of names, by type (the dictionary features).</summary>
    internal NerNameDictionary Dictionary { get; }

    /// <summary>The transition weights, row by previous tag (the sentence start last).</summary>
    internal double[] TransitionWeights => _transitions;

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
            if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != Magic)
            {
                throw new InvalidDataException("Not a name tagger model.");
            }

            var format = reader.ReadInt32();
            var features = reader.ReadInt32();
            if (format != FormatVersion || features != NerFeatureExtractor.Version)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"A model of format {format} with features {features}; this version reads format {FormatVersion} with features {NerFeatureExtractor.Version}."));
            }

            var tags = new string[reader.ReadInt32()];
            for (var i = 0; i < tags.Length; i++)
            {
                tags[i] = reader.ReadString();
            }

            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            var propertyCount = reader.ReadInt32();
            for (var i = 0; i < propertyCount; i++)
            {
                properties[reader.ReadString()] = reader.ReadString();
            }

            var temperature = reader.ReadDouble();
            var outsideBias = reader.ReadDouble();
            var transitions = new double[(tags.Length + 1) * tags.Length];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }

            var featureCount = reader.ReadInt32();
            var table = new List<(ulong, IReadOnlyList<NerTagWeight>)>(featureCount);
            for (var f = 0; f < featureCount; f++)
            {
                var key = reader.ReadUInt64();
                var weights = new NerTagWeight[reader.ReadByte()];
                for (var k = 0; k < weights.Length; k++)
                {
                    var tag = reader.ReadByte();
                    if (tag >= tags.Length)
                    {
                        throw new InvalidDataException("A weight refers to an unknown tag.");
                    }

                    weights[k] = new NerTagWeight(tag, (Half)reader.ReadSingle());
                }

                table.Add((key, weights));
            }

            var types = new string[reader.ReadInt32()];
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = reader.ReadString();
            }

            var entries = new (string Form, int Total, int[] ByType)[reader.ReadInt32()];
            for (var e = 0; e < entries.Length; e++)
            {
                var form = reader.ReadString();
                var total = reader.Read7BitEncodedInt();
                var byType = new int[types.Length];
                for (var t = 0; t < types.Length; t++)
                {
                    byType[t] = reader.Read7BitEncodedInt();
                }

                entries[e] = (form, total, byType);
            }

            return new NerModel(new NerTagSet(tags), new NerWeightTable(table), transitions, temperature, outsideBias, properties, NerNameDictionary.From(types, entries));
        }
        catch (Exception exception) when (exception is EndOfStreamException or ArgumentException or InvalidDataException or FormatException)
        {
            throw new InvalidDataException($"Cannot read the name tagger model: {exception.Message}", exception);
        }
    }

    /// <summary>Reads a model file.</summary>
    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Writes the model (the same model always gives the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(NerFeatureExtractor.Version);
        writer.Write(Tags.Count);
        foreach (var tag in Tags)
        {
            writer.Write(tag);
        }

        writer.Write(Properties.Count);
        foreach (var (key, value) in Properties)
        {
            writer.Write(key);
            writer.Write(value);
        }

        writer.Write(Temperature);
        writer.Write(OutsideBias);
        foreach (var weight in _transitions)
        {
            writer.Write((float)weight);
        }

        writer.Write(_weights.Count);
        foreach (var (key, weights) in _weights.Features)
        {
            writer.Write(key);
            writer.Write((byte)weights.Count);
            foreach (var weight in weights)
            {
                writer.Write(weight.Tag);
                writer.Write((float)weight.Weight);
            }
        }

        writer.Write(Dictionary.Types.Count);
        foreach (var type in Dictionary.Types)
        {
            writer.Write(type);
        }

        writer.Write(Dictionary.Count);
        foreach (var (form, total, byType) in Dictionary.Entries)
        {
            writer.Write(form);
            writer.Write7BitEncodedInt(total);
            foreach (var count in byType)
            {
                writer.Write7BitEncodedInt(count);
            }
        }
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>A copy of the model with other properties (training information).</summary>
    public NerModel WithProperties(IReadOnlyDictionary<string, string> properties) =>
        new(TagSet, _weights, _transitions, Temperature, OutsideBias, properties, Dictionary);

    /// <summary>A copy of the model with another temperature.</summary>
    internal NerModel WithTemperature(double temperature) =>
        new(TagSet, _weights, _transitions, temperature, OutsideBias, Properties, Dictionary);

    /// <summary>A copy of the model with another bias against «O».</summary>
    internal NerModel WithOutsideBias(double outsideBias) =>
        new(TagSet, _weights, _transitions, Temperature, outsideBias, Properties, Dictionary);

    /// <summary>A copy of the model with other transition weights.</summary>
    internal NerModel WithTransitions(double[] transitions) =>
        new(TagSet, _weights, transitions, Temperature, OutsideBias, Properties, Dictionary);

    /// <summary>The tag of every token (best sequence).</summary>
    internal string[] TagWords(IReadOnlyList<string> words, IReadOnlyList<NerTokenHint> hints)
    {
        var emissions = Emissions(words, hints);
        return LinearChain.Viterbi(emissions, _transitions, TagSet, words.Count).Select(t => Tags[t]).ToArray();
    }

    /// <summary>The names of the best tag sequence, each with its probability.</summary>
    internal List<NerSpan> FindNames(IReadOnlyList<string> words, IReadOnlyList<NerTokenHint> hints)
    {
        var tagged = Tag(words, hints);
        return tagged.Spans.Select(s => s with { Confidence = tagged.ConfidenceOf(s) }).ToList();
    }

    /// <summary>The names of the best tag sequence, whose probabilities are computed when asked for.</summary>
    internal TaggedNames Tag(IReadOnlyList<string> words, IReadOnlyList<NerTokenHint> hints)
    {
        if (words.Count == 0)
        {
            return TaggedNames.None;
        }

        var emissions = Emissions(words, hints);
        var best = LinearChain.Viterbi(emissions, _transitions, TagSet, words.Count);
        return new TaggedNames(this, emissions, NerSpan.FromTags(best.Select(t => Tags[t]).ToArray()));
    }

    /// <summary>The log-probability of a tag sequence under the model at temperature <paramref name="temperature"/>.</summary>
    internal double LogProbability(ulong[][] features, int[] tags, double temperature)
    {
        var emissions = Emissions(features);
        var count = TagSet.Count;
        var score = 0.0;
        var previous = TagSet.Start;
        for (var t = 0; t < tags.Length; t++)
        {
            score += (_transitions[previous * count + tags[t]] + emissions[t * count + tags[t]]) / temperature;
            previous = tags[t];
        }

        return score - Lattice(emissions, temperature).LogZ;
    }

    /// <summary>The forward-backward lattice of the scores divided by <paramref name="temperature"/>.</summary>
    internal LinearChainLattice Lattice(double[] emissions, double temperature) =>
        new(emissions, _transitions, TagSet, emissions.Length / TagSet.Count, temperature);

    /// <summary>The score of every (token, tag) of a sentence, its features scored as they are found.</summary>
    internal double[] Emissions(IReadOnlyList<string> words, IReadOnlyList<NerTokenHint> hints)
    {
        var scores = new NerFeatureScores(_weights, TagSet.Count, words.Count, OutsideBias);
        NerFeatureExtractor.Extract(words, hints, Dictionary, scores);
        return scores.Emissions;
    }

    /// <summary>The score of every (token, tag) from the tokens' feature hashes.</summary>
    internal double[] Emissions(ulong[][] features)
    {
        var scores = new NerFeatureScores(_weights, TagSet.Count, features.Length, OutsideBias);
        foreach (var token in features)
        {
            foreach (var feature in token)
            {
                scores.Add(feature);
            }

            scores.EndToken();
        }

        return scores.Emissions;
    }

    private static NerModel LoadBuiltIn()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"The built-in name tagger model ({BuiltInResource}) is missing from the library.");
        return Load(stream);
    }
}
