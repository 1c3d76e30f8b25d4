using System.Text;
using BenchmarkDotNet.Attributes;
using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Output;
using Graph.Text;

namespace Graph.Benchmarks;

/// <summary>
/// Each stage of extraction over one megabyte of generated article text (about 190 articles): the time of
/// one operation is the time per MB. The corpus is the corpus generator's, seed 1.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private const int Megabyte = 1_000_000;

    private readonly List<string> _originals = [];
    private readonly List<Article> _articles = [];
    private readonly List<IReadOnlyList<Sentence>> _sentences = [];
    private KnowledgeBase _knowledge = null!;
    private ExtractionLexicon _lexicon = null!;
    private ArticleExtractor _extractor = null!;
    private GraphDocument _graph = null!;

    /// <summary>Generates one MB of articles and prepares the input of every stage.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeBase.LoadBuiltIn();
        var filler = CorpusGenerator.FillerFrom(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText));
        var generator = new CorpusGenerator(_knowledge, filler, seed: 1);
        var bytes = 0;
        while (bytes < Megabyte)
        {
            var text = generator.Article();
            _originals.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        var factory = new ArticleFactory();
        _articles.AddRange(_originals.Select((text, i) => factory.Create(text, new ArticleSource($"{i}.txt"))!));
        _sentences.AddRange(_articles.Select(a => PersianSentenceSplitter.Instance.Split(a.Content.Text)));
        _lexicon = ExtractionLexicon.Compile(_knowledge, PersianNormalizer.Instance);
        _extractor = new ArticleExtractor(_lexicon, PersianSentenceSplitter.Instance, PersianTokenizer.Instance, PersianDateFinder.Instance);
        var assembler = new GraphAssembler(_knowledge);
        _articles.ForEach(a => assembler.Add(_extractor.Extract(a)));
        _graph = assembler.Build();
    }

    /// <summary>Compiles the built-in lexicon (names, roles, titles, triggers): the start-up cost of extraction.</summary>
    [Benchmark]
    public int CompileLexicon() => ExtractionLexicon.Compile(_knowledge, PersianNormalizer.Instance).Names.Count;

    /// <summary>Normalizes the original texts (letters, digits, spaces, the map to original offsets).</summary>
    [Benchmark]
    public int Normalize() => _originals.Sum(text => PersianNormalizer.Instance.Normalize(text).Text.Length);

    /// <summary>Reads whole articles as the reader does: page furniture, normalization, metadata, content id.</summary>
    [Benchmark]
    public int ReadArticles()
    {
        var factory = new ArticleFactory();
        return _originals.Count(text => factory.Create(text, new ArticleSource("a.txt")) is not null);
    }

    /// <summary>Splits the normalized texts into sentences and the sentences into tokens.</summary>
    [Benchmark]
    public int Segment() => _articles.Sum(a => PersianSentenceSplitter.Instance.Split(a.Content.Text).Sum(s => PersianTokenizer.Instance.Tokenize(a.Content.Text, s.Span).Count));

    /// <summary>Finds lexicon names and trigger phrases in every sentence (the matchers alone).</summary>
    [Benchmark]
    public int MatchMentions() => _articles.Select((a, i) => _sentences[i].Sum(s =>
        _lexicon.Names.FindAll(a.Content.Text, s.Span).Count + _lexicon.Triggers.Matcher.FindAll(a.Content.Text, s.Span).Count)).Sum();

    /// <summary>The whole extractor: mentions, roles, resolution and relation rules.</summary>
    [Benchmark]
    public int ExtractRelations() => _articles.Sum(a => _extractor.Extract(a).Relations.Count);

    /// <summary>Merges the extractions into one graph and builds it.</summary>
    [Benchmark]
    public int Assemble()
    {
        var assembler = new GraphAssembler(_knowledge);
        _articles.ForEach(a => assembler.Add(_extractor.Extract(a)));
        return assembler.Build().Edges.Count;
    }

    /// <summary>Writes graph.json of one MB of text (about 14 MB of JSON).</summary>
    [Benchmark]
    public long WriteGraphJson()
    {
        using var stream = new CountingStream();
        GraphJsonWriter.Write(_graph, stream);
        return stream.Length;
    }

    /// <summary>A stream that only counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
