namespace Graph.Extraction;

/// <summary>The families of trigger words the extractor looks for.</summary>
internal enum TriggerKind
{
    /// <summary>A speech verb: «گفت», «افزود», «تاکید کرد».</summary>
    Speech,

    /// <summary>A meeting or call: «دیدار», «تماس تلفنی».</summary>
    Meeting,

    /// <summary>A word that makes a meeting a phone call: «تلفنی».</summary>
    Phone,

    /// <summary>A multilateral meeting: «اجلاس», «نشست».</summary>
    Summit,

    /// <summary>A reference back to the meeting being reported: «در این دیدار».</summary>
    MeetingReference,

    /// <summary>A word anywhere in the clause that says a meeting did not (yet) happen: «قرار است», «لغو».</summary>
    NotHappened,

    /// <summary>A word right after a meeting noun that makes it future or hypothetical: «نشست آتی», «دیدار کند».</summary>
    NotHappenedNext,

    /// <summary>Condemnation: «محکوم», «تقبیح», «نکوهش».</summary>
    Condemn,

    /// <summary>A negated condemnation: «محکوم نکرد».</summary>
    CondemnNegation,

    /// <summary>A word that judges an act as wrong: «تجاوزکارانه», «نقض», «غیرقانونی».</summary>
    Evaluative,

    /// <summary>Support: «حمایت», «پشتیبانی».</summary>
    Support,

    /// <summary>Weaker support: praise, thanks, welcome.</summary>
    SupportWeak,

    /// <summary>A negated support: «عدم حمایت».</summary>
    SupportNegation,

    /// <summary>An attack: «حمله», «بمباران».</summary>
    ActAttack,

    /// <summary>Sanctions: «تحریم».</summary>
    ActSanctions,

    /// <summary>An intervention: «مداخله», «اشغال».</summary>
    ActIntervention,

    /// <summary>Any act or policy: «اقدام», «سیاست».</summary>
    ActGeneric,

    /// <summary>Travel: «سفر کرد», «وارد شد».</summary>
    Visit,

    /// <summary>Marks the doer of an act: «از سوی», «توسط».</summary>
    DoerMarker,

    /// <summary>A preposition.</summary>
    Preposition,

    /// <summary>A word that starts a new clause: «که», «اما».</summary>
    ClauseBreak,

    /// <summary>A personal pronoun: «وی», «او».</summary>
    Pronoun,

    /// <summary>A function word that can never be part of a name: «و», «که», «رغم».</summary>
    FunctionWord,

    /// <summary>A word that may stand between a role name and its country («ویژه», «سابق»).</summary>
    RoleModifier,

    /// <summary>A word that shows the next name is a place («شهر», «اجلاس»), so an ambiguous place name is accepted.</summary>
    PlaceContext,

    /// <summary>An attribution phrase («به گزارش», «به نقل از»): the outlet named next is metadata, not an entity of the story.</summary>
    Attribution,

    /// <summary>A word that may stand before a sentence's subject («امروز», «همچنین»).</summary>
    SubjectLead,

    /// <summary>A noun that makes the following name the victim of an act («خاک», «مردم»): «تجاوز به خاک سوریه».</summary>
    VictimNoun,

    /// <summary>An act whose genitive is its object, not its doer: «اشغال خاک سوریه», «محاصره غزه».</summary>
    ObjectGenitiveAct,

    /// <summary>A verb whose subject does the act it governs: «تحریم‌هایی علیه ونزوئلا وضع کرد», «حملاتی … انجام داد».</summary>
    ActImposing,

    /// <summary>A noun of blame after «را»: «[Y] را مسئول این حمله دانست».</summary>
    BlameNoun,

    /// <summary>A verb that closes a blame: «… دانست», «… خواند».</summary>
    BlameVerb,

    /// <summary>Support whose object follows «با», not «از»: «همبستگی با مردم ایران».</summary>
    SupportWith,

    /// <summary>A counterpart: «همتای روس خود» is the person holding the subject's role in that country.</summary>
    Counterpart,

    /// <summary>Hosting a visitor: «[X] از [Y] استقبال کرد», «[X] میزبان [Y] بود» is a meeting when Y is a person.</summary>
    Host,

    /// <summary>A protest through an envoy: «[X] سفیر [Y] را احضار کرد» condemns Y, the envoy's country.</summary>
    CondemnViaEnvoy,

    /// <summary>Criticism whose object follows «از»: «از [Y] انتقاد کرد».</summary>
    CondemnFrom,

    /// <summary>A verb that makes the words before it a judgement: «… نقض فاحش قوانین است», «… را تجاوزکارانه خواند».</summary>
    PredicateVerb,

    /// <summary>What an envoy's role is about: «نماینده ویژه آمریکا در امور افغانستان».</summary>
    RoleAffairs,

    /// <summary>A body of a government that speaks for the country named after it: «دولت بلاروس», «وزارت خارجه کوبا».</summary>
    GovernmentBody,

    /// <summary>A noun of people or bodies that stands before the target of an act: «علیه شرکت‌های چینی», «علیه مقامات ایرانی».</summary>
    TargetNoun,

    /// <summary>A verb of standing by someone after «در کنار [Y]»: «در کنار ملت لبنان ایستاده‌ایم» (also <see cref="Support"/>).</summary>
    SupportBeside,

    /// <summary>A word before a place that, with «شد», makes arriving or heading there: «وارد تهران شد», «عازم دوحه شد», «راهی آنکارا شد».</summary>
    ArrivalHead,

    /// <summary>A phrase before a destination: «تهران را به مقصد نیویورک ترک کرد».</summary>
    DestinationMarker,

    /// <summary>A head whose genitive is a principal, not the person named: «معاون اقتصادی نخست وزیر», «مشاور رئیس جمهور».</summary>
    SubordinateHead,
}
