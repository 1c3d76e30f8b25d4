namespace Graph.Extraction;

/// <summary>An act named in a sentence («حمله موشکی آمریکا به سوریه»): who did it, to whom, and whether it is judged.</summary>
/// <param name="Trigger">The act noun.</param>
/// <param name="Kind">The event kind: attack, sanctions, intervention or act.</param>
/// <param name="Doers">Who did it.</param>
/// <param name="Targets">Whom it was done to.</param>
/// <param name="Evaluative">Whether the phrase itself judges the act («نامشروع», «تجاوزکارانه»).</param>
/// <param name="LastToken">The last token of the act and its doers.</param>
/// <param name="EndToken">The last token of the whole phrase, targets included.</param>
internal sealed record ActPhrase(TriggerHit Trigger, string Kind, IReadOnlyList<string> Doers, IReadOnlyList<string> Targets, bool Evaluative, int LastToken, int EndToken);
