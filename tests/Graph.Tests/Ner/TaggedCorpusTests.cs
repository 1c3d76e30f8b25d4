using Graph.Ner;

namespace Graph.Tests.Ner;

public sealed class TaggedCorpusTests
{
    [Fact]
    public void Sentences_are_separated_by_blank_lines_and_documents_by_docstart_lines()
    {
        var sentences = TaggedCorpus.Parse(new StringReader("\uFEFFعلی\tB-PER\nآمد\tO\n\nرفت\tO\n-DOCSTART-\tO\n\nتهران\tB-LOC\r\n"), "x");

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["علی", "آمد"], sentences[0].Tokens);
        Assert.Equal(["B-PER", "O"], sentences[0].Tags);
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Document));
        Assert.Equal(["B-LOC"], sentences[2].Tags);
    }

    [Fact]
    public void A_line_without_a_tab_or_with_a_tag_that_is_not_bio_names_its_line()
    {
        var missingTab = Assert.Throws<InvalidDataException>(() => TaggedCorpus.Parse(new StringReader("علی\tB-PER\nآمد O\n"), "news.tsv"));
        var badTag = Assert.Throws<InvalidDataException>(() => TaggedCorpus.Parse(new StringReader("\nعلی\tPERSON\n"), "news.tsv"));

        Assert.StartsWith("news.tsv:2:", missingTab.Message, StringComparison.Ordinal);
        Assert.StartsWith("news.tsv:2:", badTag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_sentences_read_back_the_same()
    {
        var writer = new StringWriter();
        TaggedCorpus.Write(TinyCorpus.Sentences, writer);

        var read = TaggedCorpus.Parse(new StringReader(writer.ToString()), "round trip");

        Assert.Equal(TinyCorpus.Sentences.Select(s => (string.Join(' ', s.Tokens), string.Join(' ', s.Tags))), read.Select(s => (string.Join(' ', s.Tokens), string.Join(' ', s.Tags))));
    }

    [Fact]
    public void Spans_of_bio_tags_start_at_b_or_at_an_i_that_continues_nothing()
    {
        var spans = NerSpan.FromTags(["B-PER", "I-PER", "B-PER", "O", "I-LOC", "I-LOC", "I-ORG", "B-ORG"]);

        Assert.Equal(
            [new NerSpan(0, 1, "PER"), new NerSpan(2, 2, "PER"), new NerSpan(4, 5, "LOC"), new NerSpan(6, 6, "ORG"), new NerSpan(7, 7, "ORG")],
            spans);
    }

    [Fact]
    public void Span_evaluation_counts_only_exact_boundaries_and_types()
    {
        var evaluator = new SpanEvaluator();
        evaluator.Add(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"], ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG"]);
        evaluator.Add(["B-PER", "I-PER"], ["B-PER", "O"]);

        var person = evaluator.Score("PER");
        Assert.Equal((1, 1, 1), (person.TruePositives, person.FalsePositives, person.FalseNegatives));
        Assert.Equal(0.5, person.F1, 6);
        Assert.Equal((0, 0, 1), (evaluator.Score("LOC").TruePositives, evaluator.Score("LOC").FalsePositives, evaluator.Score("LOC").FalseNegatives));
        var all = evaluator.Micro("PER", "LOC", "ORG");
        Assert.Equal((2, 2, 2), (all.TruePositives, all.FalsePositives, all.FalseNegatives));
        Assert.Equal("PER+LOC+ORG", all.Type);
        Assert.Equal(["LOC", "ORG", "PER"], evaluator.Types);
    }

    [Fact]
    public void Nothing_predicted_and_nothing_to_find_is_perfect_precision_and_recall()
    {
        var score = new SpanEvaluator().Score("PER");

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }
}
