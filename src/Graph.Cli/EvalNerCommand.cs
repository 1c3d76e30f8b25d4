using System.CommandLine;
using Graph.Lexicon;
using Graph.Ner;
using Serilog;

namespace Graph.Cli;

/// <summary>The <c>graph eval-ner</c> command: span-level scores of the name recognizer on a token&lt;TAB&gt;tag file.</summary>
internal static class EvalNerCommand
{
    private const string Description = """
        Scores the learned name recognizer on gold sentences (token<TAB>tag): span-level precision, recall
        and F1 per type, printed as Markdown tables on stdout.

        The tagger alone is scored on the tokens as given. With --extractor the whole extractor is scored
        too (each -DOCSTART- document becomes one article): the lexicon with and without the recognizer,
        and the recognizer without the lexicon's names, roles and titles (trigger words kept). Examples:
          graph eval-ner parstwiner/test.txt
          graph eval-ner news.tsv --extractor
          graph eval-ner news.tsv --model my.ner.gz --predictions out.tsv
        """;

    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var gold = new Argument<FileInfo>("GOLD") { Description = "The gold sentences (token<TAB>tag, blank line between sentences)." };
        var model = new Option<FileInfo?>("--model") { Description = "A model written by graph train-ner (default: the built-in one).", HelpName = "MODEL" };
        var minConfidence = new Option<double?>("--min-confidence") { Description = $"Leave out names the tagger is less sure of than this probability (default: none for the tagger alone; in the extractor {Graph.Extraction.ExtractionOptions.DefaultMinNerConfidence}, organizations {Graph.Extraction.ExtractionOptions.DefaultMinOrganizationConfidence}).", HelpName = "P" };
        var extractor = new Option<bool>("--extractor") { Description = "Also score the whole extractor, with and without the lexicon and the recognizer." };
        var predictions = new Option<FileInfo?>("--predictions") { Description = "Also write token<TAB>gold<TAB>predicted lines to this file.", HelpName = "FILE" };
        var lexicon = new Option<FileInfo[]>("--lexicon") { Description = "A lexicon file added to the built-in one (repeatable).", HelpName = "FILE" };
        var command = new Command("eval-ner", Description) { gold, model, minConfidence, extractor, predictions, lexicon };
        command.SetAction(parseResult =>
        {
            if (ExtractionOptions.LoadLexicon(parseResult.GetValue(lexicon) ?? []) is not { } knowledge)
            {
                return ExitCodes.UsageError;
            }

            IReadOnlyList<TaggedSentence> sentences;
            NerModel nerModel;
            try
            {
                sentences = TaggedCorpus.Read(parseResult.GetRequiredValue(gold).FullName);
                nerModel = parseResult.GetValue(model) is { } file ? NerModel.Load(file.FullName) : NerModel.BuiltIn;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Log.Error("Cannot read the input: {Message}", e.Message);
                return ExitCodes.InputFailed;
            }

            var tagger = new NerTagger(nerModel, knowledge);
            var output = parseResult.InvocationConfiguration.Output;
            var name = parseResult.GetRequiredValue(gold).Name;
            var threshold = parseResult.GetValue(minConfidence);
            Func<string, string?>? newsTypes = parseResult.GetValue(extractor) ? t => t switch { "POG" => "ORG", "EVE" => null, _ => t } : null;
            NerScoreTable.Write(output, $"Tagger alone ({name}, {sentences.Count} sentences)", tagger.Evaluate(sentences, threshold ?? 0, newsTypes));
            if (parseResult.GetValue(extractor))
            {
                var options = threshold is { } p ? new Graph.Extraction.ExtractionOptions { NerModel = nerModel, MinNerConfidence = p, MinOrganizationConfidence = p } : new Graph.Extraction.ExtractionOptions { NerModel = nerModel };
                var noNames = KnowledgeBase.FromSources(LexiconSource.BuiltIn().Where(s => s.Name == "triggers.json"));
                NerScoreTable.Write(output, "Tagger alone, without the lexicon's names, roles and titles", new NerTagger(nerModel, noNames).Evaluate(sentences, threshold ?? 0, newsTypes));
                NerScoreTable.Write(output, "Extractor: lexicon on, recognizer off (--no-learned-ner)", ExtractorNerEvaluation.Score(knowledge, options with { LearnedNer = false }, sentences));
                NerScoreTable.Write(output, "Extractor: lexicon on, recognizer on (default)", ExtractorNerEvaluation.Score(knowledge, options, sentences));
                NerScoreTable.Write(output, "Extractor: lexicon off (trigger words only), recognizer on", ExtractorNerEvaluation.Score(noNames, options, sentences));
            }

            if (parseResult.GetValue(predictions) is { } predictionFile)
            {
                using var writer = new StreamWriter(predictionFile.FullName);
                foreach (var sentence in sentences)
                {
                    var tags = tagger.Tag(sentence.Tokens);
                    for (var i = 0; i < sentence.Tokens.Count; i++)
                    {
                        writer.Write($"{sentence.Tokens[i]}\t{sentence.Tags[i]}\t{tags[i]}\n");
                    }

                    writer.Write('\n');
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
