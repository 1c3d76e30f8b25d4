namespace Graph.Text;

/// <summary>
/// Speech verbs after which Persian news writes «؛» where a colon belongs
/// («… اظهار داشت؛ تروریسم …»); the sentence splitter does not split there.
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>
    /// The verbs, one string each, with a space between the parts of a compound verb. Texts may
    /// write the parts with a space, a ZWNJ or nothing between them; all three match.
    /// </summary>
    public static IReadOnlyList<string> Forms { get; } =
    [
        "گفت",
        "افزود",
        "اظهار داشت",
        "اظهار کرد",
        "ابراز داشت",
        "تاکید کرد",
        "تأکید کرد",
        "خاطرنشان کرد",
        "خاطرنشان ساخت",
        "خاطر نشان کرد",
        "خاطر نشان ساخت",
        "یادآور شد",
        "یاد آور شد",
        "تصریح کرد",
        "عنوان کرد",
        "عنوان داشت",
        "بیان کرد",
        "بیان داشت",
        "اعلام کرد",
        "ادامه داد",
        "نوشت",
        "گفته است",
        "می گوید",
    ];
}
