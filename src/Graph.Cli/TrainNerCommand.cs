using System.CommandLine;
using System.Globalization;
using Graph.Ner;
using Graph.Output;
using Serilog;

namespace Graph.Cli;

/// <summary>The <c>graph train-ner</c> command: trains the learned name recognizer from token&lt;TAB&gt;tag files.</summary>
internal static class TrainNerCommand
{
    private const string Description = """
        Trains the learned name recognizer (an averaged perceptron over BIO tags) and writes the model.

        --train and --dev are token<TAB>tag files (one token per line, a blank line between
        sentences, tags O / B-TYPE / I-TYPE). Every pass over --train is scored on --dev and the best
        pass is kept; with --test the model is scored on that file too (printed on stdout). Training is
        deterministic: the same files, options and lexicon give the same model, byte for byte.

        Example (the shipped model, see src/Graph/Ner/Model/README.md):
          graph train-ner --train parstwiner/train.txt --dev parstwiner/dev.txt --test parstwiner/test.txt -o parstwiner.ner.gz
        """;

    /// <summary>Creates the command with its options and action.</summary>
    public static Command Create()
    {
        var train = new Option<FileInfo>("--train") { Description = "The training sentences (token<TAB>tag).", HelpName = "FILE", Required = true };
        var dev = new Option<FileInfo>("--dev") { Description = "The development sentences that choose the best pass and calibrate probabilities.", HelpName = "FILE", Required = true };
        var test = new Option<FileInfo?>("--test") { Description = "Sentences to score the final model on (never used for training or choices).", HelpName = "FILE" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The model file to write.", HelpName = "MODEL", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "The seed of the shuffling.", DefaultValueFactory = _ => new NerTrainingOptions().Seed, HelpName = "N" };
        var minCount = new Option<int>("--min-feature-count") { Description = "Leave out features seen fewer times than this.", DefaultValueFactory = _ => new NerTrainingOptions().MinFeatureCount, HelpName = "N" };
        var members = new Option<int>("--members") { Description = "Perceptrons trained side by side on their own shufflings and averaged.", DefaultValueFactory = _ => new NerTrainingOptions().Members, HelpName = "N" };
        var lexicon = new Option<FileInfo[]>("--lexicon") { Description = "A lexicon file added to the built-in one for the lexicon features (repeatable).", HelpName = "FILE" };
        foreach (var positive in new[] { epochs, minCount, members })
        {
            positive.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be at least 1.");
                }
            });
        }

        var command = new Command("train-ner", Description) { train, dev, test, output, epochs, seed, minCount, members, lexicon };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (ExtractionOptions.LoadLexicon(parseResult.GetValue(lexicon) ?? []) is not { } knowledge)
            {
                return ExitCodes.UsageError;
            }

            IReadOnlyList<TaggedSentence> trainSentences, devSentences, testSentences;
            var testFile = parseResult.GetValue(test);
            try
            {
                trainSentences = TaggedCorpus.Read(parseResult.GetRequiredValue(train).FullName);
                devSentences = TaggedCorpus.Read(parseResult.GetRequiredValue(dev).FullName);
                testSentences = testFile is null ? [] : TaggedCorpus.Read(testFile.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Log.Error("Cannot read the corpus: {Message}", e.Message);
                return ExitCodes.InputFailed;
            }

            var options = new NerTrainingOptions
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                MinFeatureCount = parseResult.GetValue(minCount),
                Members = parseResult.GetValue(members),
            };
            Log.Information("Training on {Train} sentences, choosing on {Dev}", trainSentences.Count, devSentences.Count);
            var result = new NerTrainer(knowledge, options).Train(trainSentences, devSentences, report =>
                Log.Information(
                    "Pass {Epoch}: development F1 {Selection:F4} (PER+LOC+ORG), {All:F4} (all types), {Seconds:F0} s",
                    report.Epoch,
                    report.Selection.F1,
                    report.All.F1,
                    report.Elapsed.TotalSeconds));
            var properties = result.Model.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            properties["train"] = parseResult.GetRequiredValue(train).Name;
            properties["development"] = parseResult.GetRequiredValue(dev).Name;
            var model = result.Model.WithProperties(properties);
            var path = parseResult.GetRequiredValue(output).FullName;
            try
            {
                await AtomicFileWriter.WriteAsync(path, (stream, _) =>
                {
                    model.Save(stream);
                    return Task.CompletedTask;
                }, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.Error("Cannot write the model to {Path}: {Message}", path, e.Message);
                return ExitCodes.OutputFailed;
            }

            Log.Information(
                "Wrote {Path}: pass {Epoch}, {Features} features, {Weights} weights, temperature {Temperature}",
                path,
                result.BestEpoch,
                model.FeatureCount,
                model.WeightCount,
                model.Temperature.ToString(CultureInfo.InvariantCulture));
            var stdout = parseResult.InvocationConfiguration.Output;
            var tagger = new NerTagger(model, knowledge);
            NerScoreTable.Write(stdout, $"Development ({parseResult.GetRequiredValue(dev).Name}, {devSentences.Count} sentences)", tagger.Evaluate(devSentences));
            if (testFile is not null)
            {
                NerScoreTable.Write(stdout, $"Test ({testFile.Name}, {testSentences.Count} sentences)", tagger.Evaluate(testSentences));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
