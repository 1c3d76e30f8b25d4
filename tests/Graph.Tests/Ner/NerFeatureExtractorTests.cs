using Graph.Extraction;
using Graph.Lexicon;
using Graph.Ner;
using Graph.Text;

namespace Graph.Tests.Ner;

public sealed class NerFeatureExtractorTests
{
    [Fact]
    public void The_word_form_drops_zwnj_lowers_latin_letters_and_turns_digits_into_zeros()
    {
        Assert.Equal("میگوید", NerFeatureExtractor.Form("می\u200Cگوید"));
        Assert.Equal("nato0000", NerFeatureExtractor.Form("NATO2024"));
        Assert.Equal("s0", NerFeatureExtractor.Form("S7"));
    }

    [Fact]
    public void The_shape_collapses_runs_of_the_same_kind_of_character()
    {
        Assert.Equal("ف", NerFeatureExtractor.Shape("تهران"));
        Assert.Equal("Aa", NerFeatureExtractor.Shape("Tehran"));
        Assert.Equal("ف0", NerFeatureExtractor.Shape("اس300"));
        Assert.Equal("،", NerFeatureExtractor.Shape("،"));
    }

    [Fact]
    public void A_token_has_its_word_affixes_shape_neighbours_and_position()
    {
        var features = NerFeatureExtractor.Names(["وزیر", "کلاته‌ها", "گفت"], new NerTokenHint[3]);

        Assert.Contains("w=کلاتهها", features[1]);
        Assert.Contains("st=کلاته", features[1]);
        Assert.Contains("p2=کل", features[1]);
        Assert.Contains("s3=هها", features[1]);
        Assert.Contains("sh=ف", features[1]);
        Assert.Contains("w-1=وزیر", features[1]);
        Assert.Contains("w+1=گفت", features[1]);
        Assert.Contains("w-1w=وزیر|کلاتهها", features[1]);
        Assert.Contains("c3=^کل", features[1]);
        Assert.Contains("first", features[0]);
        Assert.Contains("w-1=<s>", features[0]);
        Assert.Contains("last", features[2]);
        Assert.DoesNotContain("first", features[1]);
    }

    [Fact]
    public void Feature_hashes_are_the_hashes_of_the_feature_strings()
    {
        string[] words = ["در", "شهر", "کلاته", "،", "آقای", "نوری", "گفت"];
        var hints = new NerTokenHint[words.Length];
        hints[4] = new NerTokenHint(null, false, NerHintFlags.Title);

        var names = NerFeatureExtractor.Names(words, hints);
        var hashes = NerFeatureExtractor.Hashes(words, hints);

        Assert.Equal(names.Select(token => token.Select(f => NerFeatureHashes.Of(f))), hashes);
    }

    [Fact]
    public void Lexicon_hints_become_features_of_the_token_and_its_neighbours()
    {
        NerTokenHint[] hints =
        [
            new(null, false, NerHintFlags.Title),
            new(null, false, NerHintFlags.GivenName),
            new("Country", true, NerHintFlags.None),
            new(null, false, NerHintFlags.Speech),
        ];

        var features = NerFeatureExtractor.Names(["آقای", "علی", "ایران", "گفت"], hints);

        Assert.Contains("title-1", features[1]);
        Assert.Contains("given", features[1]);
        Assert.Contains("lex+1=Country", features[1]);
        Assert.Contains("title-2", features[2]);
        Assert.Contains("lex=B-Country", features[2]);
        Assert.Contains("speech+1", features[2]);
        Assert.Contains("speech+2", features[1]);
    }

    [Fact]
    public void The_lexicon_marks_titles_given_names_names_roles_and_speech_verbs()
    {
        var lexicon = ExtractionLexicon.Compile(KnowledgeBase.LoadBuiltIn(), PersianNormalizer.Instance);
        const string text = "آقای علی کاوه ، وزیر امور خارجه ایران اظهار داشت";
        var tokens = PersianTokenizer.Instance.Tokenize(text);

        var hints = new LexiconHintFinder(lexicon).Find(text, tokens);

        Assert.True(hints[0].Has(NerHintFlags.Title));
        Assert.True(hints[1].Has(NerHintFlags.GivenName));
        Assert.True(hints[4].Has(NerHintFlags.Role));
        Assert.True(hints[6].Has(NerHintFlags.Role));
        Assert.Equal(("Country", true), (hints[7].Lexicon, hints[7].LexiconBegins));
        Assert.True(hints[8].Has(NerHintFlags.Speech));
        Assert.False(hints[9].Has(NerHintFlags.Speech));
        Assert.Null(hints[2].Lexicon);
    }
}
