using Graph.Model;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Finds what a sentence refers to: lexicon names (with titles), role phrases with their country
/// or organization, people introduced by title, guillemets or apposition, pronouns and references
/// to countries named before. Roles and pronouns are resolved later, in article order.
/// </summary>
internal sealed class MentionFinder(ExtractionLexicon lexicon, ITokenizer tokenizer, LearnedNameFinder? learnedNames = null)
{
    private const int MaxNewNameWords = 3;

    /// <summary>Analyses one sentence of an article.</summary>
    public SentenceView Analyse(string text, Sentence sentence, ArticleMemory memory)
    {
        var tokens = tokenizer.Tokenize(text, sentence.Span);
        var triggerMatches = lexicon.Triggers.Matcher.FindAll(text, sentence.Span);
        var triggers = ToTriggerHits(text, tokens, triggerMatches);
        var overlapping = ToTriggerHits(text, tokens, lexicon.Triggers.OverlappingMatcher.FindAll(text, sentence.Span));
        var governmentBodies = overlapping.Where(t => t.Is(TriggerKind.GovernmentBody)).ToList();
        var roles = lexicon.Roles.FindAll(text, sentence.Span);
        var nameMatches = lexicon.Names.FindAll(text, sentence.Span, PhraseMatcher<RoleEntry>.GluedEnds(text, roles));
        var titles = lexicon.Titles.FindAll(text, sentence.Span);
        var tagged = learnedNames?.Tag(tokens, nameMatches, roles, titles, triggerMatches) ?? Ner.TaggedNames.None;
        var names = SelectNames(text, tokens, triggers, governmentBodies, memory, nameMatches, tagged);
        var mentions = names.Select(n => new MentionRecord(n.Entry.EntityId, sentence.Index, n.Span) { Adjective = n.Entry.Form == NameForm.Adjective }).ToList();
        mentions.AddRange(CountriesInsidePlaceNames(text, names).Select(c => new MentionRecord(c.Id, sentence.Index, c.Span)));
        var learned = learnedNames?.Keep(tokens, tagged, nameMatches, roles, titles, triggerMatches, triggers) ?? [];

        var referents = new List<Referent>();
        var view = new SentenceView(sentence, tokens, referents, overlapping.Count == 0 ? triggers : [.. triggers.Concat(overlapping).OrderBy(t => t.FirstToken)], mentions);

        foreach (var name in names)
        {
            var (first, last) = TokenRange(tokens, name.Span);
            var kind = name.Entry.Form == NameForm.Adjective ? ReferentKind.Adjective : ReferentKind.Name;
            var span = name.Span;
            if (name.Entry.Label == NodeLabel.Person)
            {
                // «حجت الاسلام والمسلمین دکتر حسن روحانی»: titles in a row all belong to the name.
                while (titles.LastOrDefault(t => TokenRange(tokens, t.Span).Last == first - 1) is { } title)
                {
                    first = TokenRange(tokens, title.Span).First;
                    span = new TextSpan(title.Span.Start, span.End);
                }
            }

            referents.Add(new Referent(kind, span, first, last, [name.Entry.EntityId], name.Entry.Label));
        }

        AddLearnedPlacesAndOrganizations(tokens, learned.Where(n => !IsGovernmentOfCountry(n, view)).ToList(), referents, mentions, sentence.Index, memory);
        AddRolePhrases(text, tokens, roles, referents, view);
        AddCounterparts(referents, view);
        AddNewPeople(text, tokens, titles, referents, view, memory);
        AddLearnedPeople(tokens, learned, referents, mentions, sentence.Index, memory);
        mentions.AddRange(referents.Where(r => r.Kind == ReferentKind.NewPerson).Select(r => new MentionRecord(r.EntityIds[0], sentence.Index, NameSpan(tokens, r)) { Confidence = r.Confidence }));
        AddPronounsAndGroups(tokens, referents, view);
        referents.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        ApplyAppositions(referents, view, memory);
        return view;
    }

    private static List<TriggerHit> ToTriggerHits(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<TriggerKind>> matches) =>
        matches
            .Select(m =>
            {
                var (first, last) = TokenRange(tokens, m.Span);
                return new TriggerHit(m.Values, first, last, text[m.Span.Start..m.Span.End]);
            })
            .Where(t => t.FirstToken >= 0)
            .ToList();

    private List<(TextSpan Span, NameEntry Entry)> SelectNames(string text, IReadOnlyList<Token> tokens, List<TriggerHit> triggers, List<TriggerHit> governmentBodies, ArticleMemory memory, List<PhraseMatch<NameEntry>> matches, Ner.TaggedNames tagged)
    {
        bool TriggerEndsAt(int token, TriggerKind kind) => triggers.Any(t => t.Is(kind) && t.LastToken == token);
        var result = new List<(TextSpan, NameEntry)>();
        var end = 0;
        foreach (var match in matches)
        {
            var nameSpan = match.Span;
            if (nameSpan.Start < end)
            {
                continue;
            }

            var (first, last) = TokenRange(tokens, nameSpan);
            var entries = IsAdjectivalSuffix(text, match) ? match.Values.Where(v => v.Label is NodeLabel.Country or NodeLabel.Organization).ToList() : match.Values;
            var placeContext = TriggerEndsAt(first - 1, TriggerKind.PlaceContext);
            var governmentContext = governmentBodies.Any(t => t.LastToken == first - 1);
            // A word the lexicon lists as never a name alone («ابتکار» initiative) is not confirmed by the recognizer.
            var confirmable = first != last || !lexicon.IsNotName(text[nameSpan.Start..nameSpan.End]);
            var entry = Choose(entries, memory, text, nameSpan, placeContext, governmentContext, label => confirmable && learnedNames?.Confirms(tagged, first, last, label) == true);
            if (entry is null)
            {
                continue;
            }

            end = nameSpan.End;

            // «به گزارش ایرنا»: an outlet named as the source is article metadata, not an entity of the story.
            var attributed = triggers.Any(t => t.Is(TriggerKind.Attribution) && (t.LastToken < first && first - t.LastToken <= 8 || t.FirstToken == last + 1));
            if (attributed && lexicon.Entity(entry.EntityId)?.Kind == "media")
            {
                continue;
            }

            result.Add((nameSpan, entry));
            if (entry.Form != NameForm.Ambiguous)
            {
                memory.MarkSeenByName(entry.EntityId);
            }
        }

        return result;
    }

    private static bool IsAdjectivalSuffix(string text, PhraseMatch<NameEntry> match)
    {
        var suffix = text[match.PhraseEnd..match.Span.End].Replace(PersianNormalizer.Zwnj.ToString(), string.Empty, StringComparison.Ordinal);
        return suffix.StartsWith('ی') || suffix.StartsWith("ای", StringComparison.Ordinal);
    }

    /// <summary>«آستانه قزاقستان»: a place named together with its country mentions the country too.</summary>
    private IEnumerable<(string Id, TextSpan Span)> CountriesInsidePlaceNames(string text, List<(TextSpan Span, NameEntry Entry)> names)
    {
        foreach (var (span, entry) in names)
        {
            if (entry.Label != NodeLabel.Place || lexicon.Entity(entry.EntityId)?.Country is not { } country)
            {
                continue;
            }

            foreach (var inner in lexicon.Names.FindAll(text, new TextSpan(span.Start + 1, span.End)))
            {
                if (inner.Values.Any(v => v.EntityId == country))
                {
                    yield return (country, inner.Span);
                }
            }
        }
    }

    private NameEntry? Choose(IReadOnlyList<NameEntry> entries, ArticleMemory memory, string text, TextSpan span, bool placeContext, bool governmentContext, Func<string, bool> confirmed)
    {
        // An ambiguous name needs context: seen before, a title, a place word, a government body for a country («وزارت
        // خارجه مصر»), or the learned recognizer tagging it with its type.
        var usable = entries.Where(e => e.Form != NameForm.Ambiguous || memory.HasSeenByName(e.EntityId) || HasTitleBefore(text, span) || placeContext && e.Label == NodeLabel.Place
            || governmentContext && e.Label == NodeLabel.Country || confirmed(e.Label)).ToList();
        if (usable.Count == 0)
        {
            return null;
        }

        return usable.FirstOrDefault(e => memory.HasSeenByName(e.EntityId))
            ?? usable.OrderBy(e => LabelPriority(e.Label)).ThenBy(e => e.EntityId, StringComparer.Ordinal).First();
    }

    private bool HasTitleBefore(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 40);
        return lexicon.Titles.FindAll(text, new TextSpan(start, span.Start)).Any(t => span.Start - t.Span.End <= 1);
    }

    private static int LabelPriority(string label) => label switch
    {
        NodeLabel.Country => 0,
        NodeLabel.Person => 1,
        NodeLabel.Organization => 2,
        _ => 3,
    };

    private void AddRolePhrases(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<RoleEntry>> roles, List<Referent> referents, SentenceView view)
    {
        var covered = -1;
        foreach (var role in roles)
        {
            if (role.Span.Start < covered)
            {
                continue;
            }

            var phrase = BuildRolePhrase(text, tokens, role, roles, referents, view);
            if (phrase is null)
            {
                continue;
            }

            covered = phrase.Span.End;
            if (IsPrincipalOfSubordinate(view, phrase))
            {
                // «معاون اقتصادی نخست وزیر …»: the role names whom the person serves, not the person.
                continue;
            }

            referents.RemoveAll(r => r.Kind is ReferentKind.Name or ReferentKind.Adjective && phrase.Span.Contains(r.Span) && !r.IsPerson);
            if (referents.Any(r => r.Span.Overlaps(phrase.Span)))
            {
                continue;
            }

            referents.Add(phrase);
        }
    }

    /// <summary>
    /// Whether a role phrase follows a subordinate's head with at most two modifiers between («معاون اقتصادی نخست وزیر»,
    /// «مشاور ارشد رئیس جمهور»), so that it names the principal of someone else.
    /// </summary>
    private static bool IsPrincipalOfSubordinate(SentenceView view, Referent phrase)
    {
        for (var k = phrase.FirstToken - 1; k >= 0 && k >= phrase.FirstToken - 3; k--)
        {
            if (view.TokenIs(k, TriggerKind.SubordinateHead))
            {
                return true;
            }

            if (view.Tokens[k].Kind != Graph.Text.TokenKind.Word || view.ReferentAt(k) is not null || view.TokenIs(k, TriggerKind.Preposition))
            {
                return false;
            }
        }

        return false;
    }

    private Referent? BuildRolePhrase(string text, IReadOnlyList<Token> tokens, PhraseMatch<RoleEntry> role, List<PhraseMatch<RoleEntry>> roles, List<Referent> referents, SentenceView view)
    {
        var (first, last) = TokenRange(tokens, role.Span);
        if (first < 0)
        {
            return null;
        }

        var entry = role.Values[0];
        var next = last + 1;
        while (view.TokenIs(next, TriggerKind.RoleModifier))
        {
            next++;
        }

        var scopes = new List<string>();
        var end = role.Span.End;
        var lastToken = last;

        // A name that starts inside the role phrase («رئیس جمهوری اسلامی ایران») or right after it, also after a government
        // body («نخست وزیر حکومت طالبان»).
        if (view.Triggers.FirstOrDefault(t => t.Is(TriggerKind.GovernmentBody) && t.FirstToken == next) is { } body)
        {
            next = body.LastToken + 1;
        }

        var scope = referents.FirstOrDefault(r => r.Kind is ReferentKind.Name or ReferentKind.Adjective && !r.IsPerson && r.FirstToken > first && r.FirstToken <= next);
        var innerRole = roles.FirstOrDefault(r => r != role && TokenRange(tokens, r.Span).First == next);
        if (scope is not null)
        {
            foreach (var member in entry.Plural ? view.Coordination(scope) : [scope])
            {
                scopes.Add(ScopeOf(member));
                end = Math.Max(end, member.Span.End);
                lastToken = Math.Max(lastToken, member.LastToken);
            }
        }
        else if (innerRole is not null && BuildRolePhrase(text, tokens, innerRole, roles, referents, view) is { } inner)
        {
            scopes.AddRange(inner.Scopes);
            end = inner.Span.End;
            lastToken = inner.LastToken;
        }
        else if (entry.Of is not null)
        {
            scopes.Add(entry.Of);
        }

        // «… در امور صلح افغانستان»: what the role is about belongs to the role phrase, not to the sentence.
        if (view.Triggers.FirstOrDefault(t => t.Is(TriggerKind.RoleAffairs) && t.FirstToken == lastToken + 1) is { } affairs
            && referents.FirstOrDefault(r => r.FirstToken > affairs.LastToken && r.FirstToken <= affairs.LastToken + 3 && r.Label is NodeLabel.Country or NodeLabel.Place) is { } subjectMatter)
        {
            lastToken = subjectMatter.LastToken;
            end = subjectMatter.Span.End;
        }

        if (entry.Of is not null && scopes.Count > 0 && ExtractionLexicon.LabelOfId(scopes[0]) == NodeLabel.Country && !ExtractionLexicon.LabelOfId(entry.Of).Equals(NodeLabel.Country, StringComparison.Ordinal))
        {
            // «دبیر شورای عالی امنیت ملی کشورمان»: the role already names its organization.
            scopes.Clear();
            scopes.Add(entry.Of);
        }

        return new Referent(ReferentKind.Role, new TextSpan(role.Span.Start, end), first, lastToken, [], NodeLabel.Person)
        {
            RoleId = entry.RoleId,
            Scopes = scopes,
            GroupSize = entry.Plural ? Math.Max(scopes.Count, 2) : 1,
        };
    }

    /// <summary>«همتای روس خود», «همتای ترکیه‌ای‌اش»: the person with the subject's role in that country.</summary>
    private static void AddCounterparts(List<Referent> referents, SentenceView view)
    {
        foreach (var trigger in view.TriggersOf(TriggerKind.Counterpart).ToList())
        {
            var country = referents.FirstOrDefault(r => r.FirstToken == trigger.LastToken + 1 && r.Label == NodeLabel.Country && r.EntityIds.Count == 1);
            if (country is null)
            {
                continue;
            }

            var last = view.TokenText(country.LastToken + 1) == "خود" ? country.LastToken + 1 : country.LastToken;
            referents.Remove(country);
            referents.Add(new Referent(ReferentKind.Role, new TextSpan(view.Tokens[trigger.FirstToken].Span.Start, view.Tokens[last].Span.End), trigger.FirstToken, last, [], NodeLabel.Person)
            {
                RoleId = Referent.CounterpartRole,
                Scopes = country.EntityIds,
                GroupSize = 1,
            });
        }
    }

    private string ScopeOf(Referent referent)
    {
        var id = referent.EntityIds[0];
        return referent.Label == NodeLabel.Place && lexicon.Entity(id)?.StandsFor is { } standsFor ? standsFor : id;
    }

    private void AddNewPeople(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<string>> titles, List<Referent> referents, SentenceView view, ArticleMemory memory)
    {
        bool Free(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word
            && !IsCovered(referents, i)
            && !IsInTrigger(view.Triggers, i)
            && tokens[i].Text.Length >= 2;

        void AddPerson(int first, int nameFirst, int nameLast)
        {
            var name = string.Join(' ', Enumerable.Range(nameFirst, nameLast - nameFirst + 1).Select(i => tokens[i].Text));
            var id = memory.NewPeople.Register(name);
            referents.Add(new Referent(ReferentKind.NewPerson, new TextSpan(tokens[first].Span.Start, tokens[nameLast].Span.End), first, nameLast, [id], NodeLabel.Person) { NewName = name });
        }

        foreach (var title in titles)
        {
            var (first, last) = TokenRange(tokens, title.Span);
            var start = last + 1;
            if (!Free(start) || referents.Any(r => r.FirstToken == start))
            {
                continue;
            }

            var end = start;
            if (IsGivenName(tokens[start].Text) && Free(start + 1))
            {
                end = start + 1;
                if (IsGivenName(tokens[end].Text) && Free(end + 1))
                {
                    end++;
                }
            }

            AddPerson(first, start, end);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text != "«")
            {
                continue;
            }

            var close = i + 1;
            while (close < tokens.Count && close - i <= MaxNewNameWords + 1 && Free(close))
            {
                close++;
            }

            if (close < tokens.Count && tokens[close].Text == "»" && close - i >= 3 && IsGivenName(tokens[i + 1].Text))
            {
                AddPerson(i + 1, i + 1, close - 1);
            }
        }

        // A surname alone that refers back to a person met earlier in the article, or glued to a given name («الکساندرلاورنتیف»).
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Free(i) && (memory.NewPeople.BySurname(tokens[i].Text) ?? GluedGivenName(tokens[i].Text, memory)) is { } id)
            {
                referents.Add(new Referent(ReferentKind.NewPerson, tokens[i].Span, i, i, [id], NodeLabel.Person) { NewName = memory.NewPeople.Names[id] });
            }
        }

        // A given name and a surname next to a role phrase: «ژان ایو لودریان، وزیر خارجه فرانسه».
        foreach (var role in referents.Where(r => r.Kind == ReferentKind.Role).ToList())
        {
            var before = role.FirstToken - 1;
            if (view.TokenText(before) is "،" or ",")
            {
                before--;
            }

            var start = before;
            while (start - 1 >= 0 && before - start + 1 < MaxNewNameWords && Free(start - 1) && IsGivenName(tokens[start - 1].Text))
            {
                start--;
            }

            if (Free(before) && start < before && IsGivenName(tokens[start].Text))
            {
                AddPerson(start, start, before);
                continue;
            }

            // «زلمی خلیل زاد نماینده ویژه آمریکا …» at the start of a clause: two or three free words before a role are a name.
            var nameStart = before;
            while (nameStart - 1 >= 0 && before - nameStart + 1 < MaxNewNameWords && Free(nameStart - 1))
            {
                nameStart--;
            }

            if (Free(before) && (nameStart == 0 || tokens[nameStart - 1].Kind == TokenKind.Punctuation || tokens[nameStart - 1].Text == "و") && before - nameStart + 1 >= 2 && view.TokenText(role.FirstToken - 1) is not ("،" or ","))
            {
                AddPerson(nameStart, nameStart, before);
                continue;
            }

            var after = role.LastToken + 1;
            if (view.TokenText(after) is "،" or ",")
            {
                after++;
            }

            if (Free(after) && IsGivenName(tokens[after].Text) && Free(after + 1))
            {
                // Given names, then the surname: «ژان ایو لودریان».
                var end = after;
                while (end + 1 - after < MaxNewNameWords && Free(end + 1) && IsGivenName(tokens[end + 1].Text))
                {
                    end++;
                }

                if (Free(end + 1) && end + 1 - after < MaxNewNameWords)
                {
                    end++;
                }

                AddPerson(after, after, end);
            }
        }
    }

    private static bool IsInTrigger(IReadOnlyList<TriggerHit> triggers, int index)
    {
        for (var k = 0; k < triggers.Count; k++)
        {
            if (triggers[k].FirstToken <= index && index <= triggers[k].LastToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Places, organizations and nationalities of the learned recognizer, as names (before role phrases, which may take them as their scope).</summary>
    /// <summary>
    /// Whether a learned organization is a government body and a country's name only («دولت قزاقستان», «وزارت خارجه
    /// بلاروس»): the country stays, as its government speaks for it (see <see cref="SentenceView.GovernmentBodyOf"/>).
    /// </summary>
    private static bool IsGovernmentOfCountry(LearnedName name, SentenceView view) =>
        name is { Label: NodeLabel.Organization, ContainsPlaces: true }
        && view.Referents.Any(r => r.LastToken == name.Last && view.GovernmentBodyOf(r) is { } body && body.FirstToken == name.First);

    private static void AddLearnedPlacesAndOrganizations(IReadOnlyList<Token> tokens, List<LearnedName> learned, List<Referent> referents, List<MentionRecord> mentions, int sentence, ArticleMemory memory)
    {
        foreach (var name in learned.Where(n => n.Label != NodeLabel.Person))
        {
            var span = new TextSpan(tokens[name.First].Span.Start, tokens[name.Last].Span.End);
            if (name.ContainsPlaces)
            {
                // «شورای ریاستی یمن»: the organization is named after the country, it is not the country.
                referents.RemoveAll(r => r.Kind is ReferentKind.Name or ReferentKind.Adjective && span.Contains(r.Span));
                mentions.RemoveAll(m => m.Sentence == sentence && span.Contains(m.Span));
            }

            var id = name.CountryId ?? memory.NewNames.Register(name.Label, name.Name);
            var kind = name.CountryId is null ? ReferentKind.Name : ReferentKind.Adjective;
            referents.Add(new Referent(kind, span, name.First, name.Last, [id], name.Label) { NewName = name.CountryId is null ? name.Name : null, Confidence = name.Confidence });
            mentions.Add(new MentionRecord(id, sentence, span) { Confidence = name.Confidence, Adjective = name.CountryId is not null });
        }
    }

    /// <summary>
    /// People of the learned recognizer on tokens nothing else claimed (after the title, quote and role
    /// rules, which win). A surname alone refers back to a lexicon person named earlier in the article.
    /// </summary>
    private void AddLearnedPeople(IReadOnlyList<Token> tokens, List<LearnedName> learned, List<Referent> referents, List<MentionRecord> mentions, int sentence, ArticleMemory memory)
    {
        foreach (var name in learned.Where(n => n.Label == NodeLabel.Person))
        {
            if (referents.Any(r => r.FirstToken <= name.Last && name.First <= r.LastToken))
            {
                continue;
            }

            var span = new TextSpan(tokens[name.First].Span.Start, tokens[name.Last].Span.End);
            if (name.First == name.Last && KnownPersonBySurname(name.Name, memory) is { } known)
            {
                referents.Add(new Referent(ReferentKind.Name, span, name.First, name.Last, [known], NodeLabel.Person) { Confidence = name.Confidence });
                mentions.Add(new MentionRecord(known, sentence, span) { Confidence = name.Confidence });
                continue;
            }

            var id = memory.NewPeople.Register(name.Name);
            referents.Add(new Referent(ReferentKind.NewPerson, span, name.First, name.Last, [id], NodeLabel.Person) { NewName = name.Name, Confidence = name.Confidence });
        }
    }

    /// <summary>The one lexicon person named earlier in the article whose name ends with <paramref name="word"/>.</summary>
    private string? KnownPersonBySurname(string word, ArticleMemory memory)
    {
        var matches = learnedNames!.PeopleWithSurname(word).Where(memory.HasSeenByName).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static TextSpan NameSpan(IReadOnlyList<Token> tokens, Referent person)
    {
        var words = Math.Min(person.NewName!.Split(' ').Length, person.LastToken - person.FirstToken + 1);
        return new TextSpan(tokens[person.LastToken - words + 1].Span.Start, tokens[person.LastToken].Span.End);
    }

    private string? GluedGivenName(string word, ArticleMemory memory)
    {
        for (var split = 2; split < word.Length - 2; split++)
        {
            if (IsGivenName(word.AsSpan(0, split)) && memory.NewPeople.BySurname(word[split..]) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    private bool IsGivenName(ReadOnlySpan<char> word)
    {
        var key = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        return lexicon.GivenNamesByKey.Contains(key[..PhraseMatcher<string>.WriteKey(word, key)]);
    }

    private void AddPronounsAndGroups(IReadOnlyList<Token> tokens, List<Referent> referents, SentenceView view)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsCovered(referents, i))
            {
                continue;
            }

            var matched = false;
            for (var length = 3; length >= 2 && !matched; length--)
            {
                if (i + length > tokens.Count || !AreFree(referents, i, length))
                {
                    continue;
                }

                if (TryGetCountryReference(tokens, i, length, out var count))
                {
                    referents.Add(new Referent(ReferentKind.CountryGroup, new TextSpan(tokens[i].Span.Start, tokens[i + length - 1].Span.End), i, i + length - 1, [], NodeLabel.Country) { GroupSize = count });
                    i += length - 1;
                    matched = true;
                }
            }

            if (!matched && view.TriggerAt(i, TriggerKind.Pronoun) is { } pronoun && pronoun.LastToken == i)
            {
                referents.Add(new Referent(ReferentKind.Pronoun, tokens[i].Span, i, i, [], NodeLabel.Person));
            }
        }
    }

    /// <summary>Whether the words of tokens <paramref name="first"/> on, <paramref name="length"/> of them, are a country reference («این کشور»), and which.</summary>
    private bool TryGetCountryReference(IReadOnlyList<Token> tokens, int first, int length, out int count)
    {
        var chars = 0;
        for (var k = first; k < first + length; k++)
        {
            chars += tokens[k].Text.Length;
        }

        var key = chars <= 256 ? stackalloc char[chars] : new char[chars];
        var written = 0;
        for (var k = first; k < first + length; k++)
        {
            written += PhraseMatcher<string>.WriteKey(tokens[k].Text, key[written..]);
        }

        return lexicon.Triggers.TryGetCountryReference(key[..written], out count);
    }

    /// <summary>Whether a referent covers token <paramref name="index"/>.</summary>
    private static bool IsCovered(List<Referent> referents, int index)
    {
        foreach (var referent in referents)
        {
            if (referent.FirstToken <= index && index <= referent.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether no referent covers any of the <paramref name="length"/> tokens from <paramref name="first"/>.</summary>
    private static bool AreFree(List<Referent> referents, int first, int length)
    {
        for (var i = first; i < first + length; i++)
        {
            if (IsCovered(referents, i))
            {
                return false;
            }
        }

        return true;
    }

    private static void ApplyAppositions(List<Referent> referents, SentenceView view, ArticleMemory memory)
    {
        for (var k = 0; k < referents.Count; k++)
        {
            var person = referents[k];
            if (person.Kind is not (ReferentKind.Name or ReferentKind.NewPerson) || !person.IsPerson)
            {
                continue;
            }

            // «[name]، [role] و [role]» and «[role]، [name]».
            var next = k + 1;
            while (next < referents.Count && referents[next].Kind == ReferentKind.Role && IsAdjacent(view, referents[next - 1], referents[next]))
            {
                var role = referents[next];
                if (role.RoleId != Referent.CounterpartRole)
                {
                    memory.AddRoleFact(new RoleFact(person.EntityIds[0], role.RoleId!, role.Scopes.FirstOrDefault(), view.Index));
                }

                person = person with { RoleId = person.RoleId ?? role.RoleId, Scopes = person.Scopes.Count > 0 ? person.Scopes : role.Scopes, LastToken = role.LastToken, Span = new TextSpan(person.Span.Start, role.Span.End) };
                referents.RemoveAt(next);
            }

            if (k > 0 && referents[k - 1].Kind == ReferentKind.Role && IsAdjacent(view, referents[k - 1], person))
            {
                var role = referents[k - 1];
                if (role.RoleId != Referent.CounterpartRole)
                {
                    memory.AddRoleFact(new RoleFact(person.EntityIds[0], role.RoleId!, role.Scopes.FirstOrDefault(), view.Index));
                }

                person = person with { RoleId = role.RoleId, Scopes = role.Scopes, FirstToken = role.FirstToken, Span = new TextSpan(role.Span.Start, person.Span.End) };
                referents.RemoveAt(k - 1);
                k--;
            }

            referents[k] = person;
        }
    }

    private static bool IsAdjacent(SentenceView view, Referent left, Referent right)
    {
        var gap = right.FirstToken - left.LastToken - 1;
        return gap == 0 || gap == 1 && view.TokenText(left.LastToken + 1) is "،" or "," or "و" && !(view.TokenText(left.LastToken + 1) == "و" && left.Kind != ReferentKind.Role);
    }

    /// <summary>The first and last token indexes that overlap <paramref name="span"/>, or (-1, -1).</summary>
    internal static (int First, int Last) TokenRange(IReadOnlyList<Token> tokens, TextSpan span)
    {
        // Tokens are in text order and do not overlap: binary search for the first that ends after the span starts.
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.End <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low == tokens.Count || tokens[low].Span.Start >= span.End)
        {
            return (-1, -1);
        }

        var first = low;
        high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.Start < span.End)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return (first, low - 1);
    }
}
