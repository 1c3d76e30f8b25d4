namespace Graph.Articles;

/// <summary>Why an input could not become an article.</summary>
public enum InputFailureReason
{
    /// <summary>The path does not exist.</summary>
    NotFound,

    /// <summary>The file or folder exists but cannot be read (permissions, broken link, I/O error).</summary>
    Unreadable,

    /// <summary>A folder holds no file matching the pattern (nor any <c>*.jsonl</c> file).</summary>
    NoMatchingFiles,

    /// <summary>The file or record holds no text (empty, only whitespace, or only page furniture).</summary>
    Empty,

    /// <summary>The file holds NUL bytes or control characters: it is not text.</summary>
    Binary,

    /// <summary>The file or record is larger than the article size limit.</summary>
    TooLarge,

    /// <summary>The bytes are neither UTF-8, UTF-16 with a byte order mark, nor Windows-1256 Persian text.</summary>
    UnknownEncoding,

    /// <summary>A JSON Lines record is not a JSON object, or one of its fields has the wrong type.</summary>
    MalformedJsonLine,

    /// <summary>A JSON Lines record has no <c>text</c> field.</summary>
    MissingText,
}
