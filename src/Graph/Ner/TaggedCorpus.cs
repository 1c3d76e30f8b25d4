using System.Globalization;

namespace Graph.Ner;

/// <summary>
/// Reads name-tagged corpora in the <c>token&lt;TAB&gt;tag</c> format: one token per line, a blank line
/// between sentences, BIO tags (<c>O</c>, <c>B-TYPE</c>, <c>I-TYPE</c>); a <c>-DOCSTART-</c> line starts a new document.
/// </summary>
public static class TaggedCorpus
{
    /// <summary>The line that starts a new document.</summary>
    public const string DocumentStart = "-DOCSTART-";

    /// <summary>Reads the sentences of a UTF-8 file.</summary>
    public static IReadOnlyList<TaggedSentence> Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Parse(reader, path);
    }

    /// <summary>Reads the sentences of <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">A line is not <c>token&lt;TAB&gt;tag</c> or a tag is not BIO.</exception>
    public static IReadOnlyList<TaggedSentence> Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<TaggedSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var document = 0;
        var lineNumber = 0;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new TaggedSentence(tokens.ToArray(), tags.ToArray()) { Document = document });
                tokens.Clear();
                tags.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (line.Trim() == DocumentStart || line.StartsWith(DocumentStart + "\t", StringComparison.Ordinal))
            {
                Flush();
                document += sentences.Count > 0 ? 1 : 0;
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}:{lineNumber}: expected token<TAB>tag"));
            }

            var tag = line[(tab + 1)..].Trim();
            if (!IsBioTag(tag))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}:{lineNumber}: '{tag}' is not a BIO tag (O, B-TYPE or I-TYPE)"));
            }

            tokens.Add(line[..tab]);
            tags.Add(tag);
        }

        Flush();
        return sentences;
    }

    /// <summary>Writes sentences in the same format.</summary>
    public static void Write(IEnumerable<TaggedSentence> sentences, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                writer.Write(sentence.Tokens[i]);
                writer.Write('\t');
                writer.Write(sentence.Tags[i]);
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }

    private static bool IsBioTag(string tag) =>
        tag == NerTagSet.Outside || tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' && !tag[2..].Contains(' ', StringComparison.Ordinal);
}
