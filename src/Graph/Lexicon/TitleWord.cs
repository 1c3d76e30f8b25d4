namespace Graph.Lexicon;

/// <summary>An honorific or rank that precedes a person's name.</summary>
/// <param name="Text">The Persian word or phrase («دریابان»، «حجت‌الاسلام والمسلمین»).</param>
/// <param name="Kind">Its kind (<c>military</c>, <c>religious</c>, <c>honorific</c>…), as the file gives it.</param>
public sealed record TitleWord(string Text, string Kind);
