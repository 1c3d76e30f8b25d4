using System.Diagnostics;
using System.Globalization;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Text;

namespace Graph.Ner;

/// <summary>
/// Trains a name tagger (an averaged structured perceptron over BIO tags) from tagged sentences:
/// shuffles with a fixed seed before every pass, scores the development set after every pass and
/// keeps the best pass, then calibrates the temperature of its probabilities on the development set.
/// </summary>
public sealed class NerTrainer
{
    private static readonly double[] Temperatures = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];
    private static readonly double[] OutsideBiases = [0, 0.5, 1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 25, 30];
    private static readonly string[] PreferredTypeOrder = ["PER", "LOC", "ORG", "NAT", "POG", "EVE"];

    private readonly LexiconHintFinder _hints;
    private readonly NerTrainingOptions _options;

    /// <summary>Creates a trainer whose lexicon features come from <paramref name="knowledge"/>.</summary>
    public NerTrainer(KnowledgeBase knowledge, NerTrainingOptions? options = null)
    {
        _hints = new LexiconHintFinder(ExtractionLexicon.Compile(knowledge, PersianNormalizer.Instance));
        _options = options ?? new NerTrainingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MinFeatureCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.DictionaryFolds, 2);
    }

    /// <summary>Trains on <paramref name="train"/>, choosing the pass by <paramref name="development"/>; <paramref name="onEpoch"/> hears every pass.</summary>
    public NerTrainingResult Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> development, Action<NerEpochReport>? onEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(development);
        if (train.Count == 0)
        {
            throw new ArgumentException("No training sentences.", nameof(train));
        }

        var clock = Stopwatch.StartNew();
        var types = train.SelectMany(s => s.Tags).Select(t => NerTagSet.Split(t).Type).OfType<string>().Distinct()
            .OrderBy(t => Array.IndexOf(PreferredTypeOrder, t) is var i && i < 0 ? int.MaxValue : i).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var tags = NerTagSet.ForTypes(types);
        var trainPrepared = train.Select(s => NerTagger.Prepare(s.Tokens, _hints)).ToList();
        var developmentPrepared = development.Select(s => NerTagger.Prepare(s.Tokens, _hints)).ToList();
        NerNameDictionary DictionaryWithout(int fold) => NerNameDictionary.Build(
            types, trainPrepared.Select((p, k) => (p.Words, Tags: NerTagSet.Repair(train[k].Tags), Fold: k % _options.DictionaryFolds)).Where(s => s.Fold != fold).Select(s => (s.Words, s.Tags)));

        // Jackknifing: a training sentence sees the dictionary of the other folds, as a new sentence sees that of all of them,
        // so that the model learns how far a word's past names predict its next one.
        var dictionary = DictionaryWithout(-1);
        var foldDictionaries = Enumerable.Range(0, _options.DictionaryFolds).Select(DictionaryWithout).ToArray();
        var trainFeatures = trainPrepared.Select((p, k) => NerFeatureExtractor.Hashes(p.Words, p.Hints, foldDictionaries[k % _options.DictionaryFolds])).ToList();
        var developmentFeatures = developmentPrepared.Select(p => NerFeatureExtractor.Hashes(p.Words, p.Hints, dictionary)).ToList();

        var counts = new Dictionary<ulong, int>();
        foreach (var feature in trainFeatures.SelectMany(s => s).SelectMany(t => t))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var names = counts.Where(c => c.Value >= _options.MinFeatureCount).Select(c => c.Key).Order().ToArray();
        var index = new Dictionary<ulong, int>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            index[names[i]] = i;
        }

        var examples = train.Select((s, k) => (
            Features: trainFeatures[k].Select(token => token.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray(),
            Gold: NerTagSet.Repair(s.Tags).Select(t => Math.Max(0, tags.IndexOf(t))).ToArray())).ToArray();

        var members = _options.Members;
        var perceptrons = Enumerable.Range(0, members).Select(_ => new StructuredPerceptron(names.Length, tags)).ToArray();
        var randoms = Enumerable.Range(0, members).Select(m => new Random(_options.Seed + m)).ToArray();
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var reports = new List<NerEpochReport>();
        NerModel? best = null;
        var bestEpoch = 0;
        var bestF1 = double.NegativeInfinity;
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            for (var m = 0; m < members; m++)
            {
                randoms[m].Shuffle(order);
                foreach (var k in order)
                {
                    perceptrons[m].Learn(examples[k].Features, examples[k].Gold);
                }
            }

            var model = BuildModel(Mean(perceptrons.Select(p => p.Averaged()).ToList()), names, tags, dictionary);
            var (selection, all) = Score(model, developmentFeatures, development);
            var report = new NerEpochReport(epoch, selection, all, clock.Elapsed);
            reports.Add(report);
            onEpoch?.Invoke(report);
            if (development.Count == 0 || report.Selection.F1 > bestF1)
            {
                best = model;
                bestEpoch = epoch;
                bestF1 = report.Selection.F1;
            }
        }

        var outsideBias = development.Count == 0 ? 0.0 : OutsideBiases.MaxBy(b => Score(best!.WithOutsideBias(b), developmentFeatures, development).Selection.F1);
        best = best!.WithOutsideBias(outsideBias);
        var temperature = Calibrate(best, developmentFeatures, development, tags);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["seed"] = _options.Seed.ToString(CultureInfo.InvariantCulture),
            ["epochs"] = _options.Epochs.ToString(CultureInfo.InvariantCulture),
            ["bestEpoch"] = bestEpoch.ToString(CultureInfo.InvariantCulture),
            ["minFeatureCount"] = _options.MinFeatureCount.ToString(CultureInfo.InvariantCulture),
            ["minWeight"] = _options.MinWeight.ToString(CultureInfo.InvariantCulture),
            ["members"] = _options.Members.ToString(CultureInfo.InvariantCulture),
            ["dictionaryFolds"] = _options.DictionaryFolds.ToString(CultureInfo.InvariantCulture),
            ["dictionaryWords"] = dictionary.Count.ToString(CultureInfo.InvariantCulture),
            ["outsideBias"] = outsideBias.ToString(CultureInfo.InvariantCulture),
            ["trainSentences"] = train.Count.ToString(CultureInfo.InvariantCulture),
            ["developmentSentences"] = development.Count.ToString(CultureInfo.InvariantCulture),
            ["developmentF1"] = development.Count == 0 ? "" : Score(best, developmentFeatures, development).Selection.F1.ToString("F4", CultureInfo.InvariantCulture),
        };
        return new NerTrainingResult(best!.WithTemperature(temperature).WithProperties(properties), reports, bestEpoch);
    }

    private (SpanScore Selection, SpanScore All) Score(NerModel model, List<ulong[][]> features, IReadOnlyList<TaggedSentence> development)
    {
        var evaluator = new SpanEvaluator();
        for (var k = 0; k < development.Count; k++)
        {
            var predicted = LinearChain.Viterbi(model.Emissions(features[k]), model.TransitionWeights, model.TagSet, features[k].Length).Select(t => model.Tags[t]).ToArray();
            evaluator.Add(development[k].Tags, predicted);
        }

        return (evaluator.Micro([.. _options.SelectionTypes]), evaluator.Micro([.. evaluator.Types]));
    }

    /// <summary>The element-wise mean of the members' weights, rounded to single precision.</summary>
    private static (float[] Weights, double[] Transitions) Mean(List<(float[] Weights, double[] Transitions)> members)
    {
        var weights = new float[members[0].Weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(members.Sum(m => (double)m.Weights[i]) / members.Count);
        }

        var transitions = new double[members[0].Transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)(members.Sum(m => m.Transitions[i]) / members.Count);
        }

        return (weights, transitions);
    }

    private NerModel BuildModel((float[] Weights, double[] Transitions) learned, ulong[] names, NerTagSet tags, NerNameDictionary dictionary)
    {
        var (weights, transitions) = learned;
        var features = new List<(ulong, IReadOnlyList<NerTagWeight>)>(names.Length);
        for (var f = 0; f < names.Length; f++)
        {
            var row = new List<NerTagWeight>();
            for (var y = 0; y < tags.Count; y++)
            {
                var weight = (Half)weights[f * tags.Count + y];
                if (Math.Abs((double)weight) > _options.MinWeight)
                {
                    row.Add(new NerTagWeight((byte)y, weight));
                }
            }

            features.Add((names[f], row));
        }

        return new NerModel(tags, new NerWeightTable(features), transitions, 1.0, 0.0, new Dictionary<string, string>(), dictionary);
    }

    /// <summary>The temperature that makes the gold development tags most probable.</summary>
    private static double Calibrate(NerModel model, List<ulong[][]> features, IReadOnlyList<TaggedSentence> development, NerTagSet tags)
    {
        if (development.Count == 0)
        {
            return 1.0;
        }

        var gold = development.Select(s => NerTagSet.Repair(s.Tags).Select(t => Math.Max(0, tags.IndexOf(t))).ToArray()).ToList();
        return Temperatures.OrderBy(t => -Enumerable.Range(0, development.Count).Sum(k => model.LogProbability(features[k], gold[k], t))).First();
    }
}
