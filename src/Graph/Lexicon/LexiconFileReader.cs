using System.Globalization;
using System.Text.Json;
using Graph.Model;

namespace Graph.Lexicon;

/// <summary>Reads one lexicon file, checks it and applies it to the merge state.</summary>
internal sealed class LexiconFileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly LexiconSource _source;
    private readonly KnowledgeBaseBuilder _builder;
    private readonly LexiconIssueList _issues;
    private readonly HashSet<string> _entityIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _roleIds = new(StringComparer.Ordinal);

    private LexiconFileReader(LexiconSource source, KnowledgeBaseBuilder builder, LexiconIssueList issues)
    {
        _source = source;
        _builder = builder;
        _issues = issues;
    }

    /// <summary>Reads <paramref name="source"/> into <paramref name="builder"/>, recording problems in <paramref name="issues"/>.</summary>
    public static void Read(LexiconSource source, KnowledgeBaseBuilder builder, LexiconIssueList issues) =>
        new LexiconFileReader(source, builder, issues).Read();

    private void Read()
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(_source.Utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            _issues.ErrorAtLine(_source, (int)(e.LineNumber ?? 0) + 1, e.Path, "malformed JSON: " + e.Message);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", "a lexicon file must be one JSON object");
                return;
            }

            if (!HasDistinctFields(root, "$"))
            {
                return;
            }

            foreach (var section in root.EnumerateObject())
            {
                var path = "$." + section.Name;
                switch (section.Name)
                {
                    case "entities":
                        ReadArray(section.Value, path, ReadEntity);
                        break;
                    case "roles":
                        ReadArray(section.Value, path, ReadRole);
                        break;
                    case "titles":
                        ReadArray(section.Value, path, ReadTitle);
                        break;
                    case "givenNames":
                        ReadArray(section.Value, path, ReadGivenName);
                        break;
                    case "settings":
                        ReadSettings(section.Value, path);
                        break;
                    default:
                        _builder.AddExtension(section.Name, section.Value.Clone());
                        break;
                }
            }
        }
    }

    private void ReadArray(JsonElement array, string path, Action<JsonElement, string> readItem)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            Error(path, "must be a JSON array");
            return;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            readItem(item, $"{path}[{index++}]");
        }
    }

    private void ReadEntity(JsonElement entity, string path)
    {
        if (!IsObject(entity, path, "an entity") || !HasDistinctFields(entity, path))
        {
            return;
        }

        var id = String(entity, path, "id");
        if (id is null)
        {
            ErrorIfAbsent(entity, path, "id", "missing id");
            return;
        }

        if (!_entityIds.Add(id))
        {
            Error(path + ".id", $"duplicate id {id} in this file");
            return;
        }

        var label = String(entity, path, "label");
        if (label is not null && !LexiconSchema.IdPrefixes.ContainsKey(label))
        {
            Error(path + ".label", $"unknown label '{label}' (expected Person, Country, Place or Organization)");
            return;
        }

        var name = String(entity, path, "name");
        var draft = _builder.FindEntity(id);
        if (draft is null)
        {
            if (!LexiconSchema.IsEntityId(id))
            {
                Error(path + ".id", $"'{id}' is not an entity id (country:<iso2>, place:<slug>, org:<slug> or person:<slug>)");
                return;
            }

            if (label is null)
            {
                Error(path, $"{id} is a new entity: it needs a label");
                return;
            }

            if (!LexiconSchema.IsEntityId(id, label))
            {
                Error(path + ".id", $"'{id}' is not an id for a {label} (expected {ExampleId(label)})");
                return;
            }

            if (name is null)
            {
                ErrorIfAbsent(entity, path, "name", $"missing name of {id}");
                return;
            }

            draft = _builder.AddEntity(id, label, name);
        }
        else if (label is not null && label != draft.Label)
        {
            Error(path + ".label", $"{id} is a {draft.Label}; its label cannot become {label}");
            return;
        }
        else if (name is not null)
        {
            draft.Rename(name);
        }

        ReadEntityFields(entity, path, draft);
    }

    private void ReadEntityFields(JsonElement entity, string path, EntityDraft draft)
    {
        List<(string Name, string Path)> ambiguous = [];
        foreach (var field in entity.EnumerateObject())
        {
            var fieldPath = path + "." + field.Name;
            if (LexiconSchema.LabelFields.TryGetValue(field.Name, out var labels) && !labels.Contains(draft.Label))
            {
                Error(fieldPath, $"'{field.Name}' is not a field of a {draft.Label}");
                continue;
            }

            switch (field.Name)
            {
                case "id" or "label" or "name":
                    break;
                case "nameEn":
                    draft.NameEn = String(entity, path, field.Name) ?? draft.NameEn;
                    break;
                case "aliases":
                    foreach (var alias in Strings(field.Value, fieldPath).Where(a => a.Value != draft.Name))
                    {
                        EntityDraft.AddDistinct(draft.Aliases, alias.Value);
                    }

                    break;
                case "adjectives":
                    foreach (var adjective in Strings(field.Value, fieldPath))
                    {
                        EntityDraft.AddDistinct(draft.Adjectives, adjective.Value);
                    }

                    break;
                case "ambiguous":
                    ambiguous.AddRange(Strings(field.Value, fieldPath).Select(a => (a.Value, a.Path)));
                    break;
                case "code":
                    ReadCode(entity, path, draft);
                    break;
                case "kind":
                    ReadKind(entity, path, draft);
                    break;
                case "country":
                    draft.Country = Reference(entity, path, field.Name, id => id.StartsWith("country:", StringComparison.Ordinal), "a country id") ?? draft.Country;
                    break;
                case "standsFor":
                    draft.StandsFor = Reference(entity, path, field.Name, LexiconSchema.IsEntityId, "an entity id") ?? draft.StandsFor;
                    break;
                case "partOf":
                    draft.PartOf = Reference(entity, path, field.Name, id => id.StartsWith("org:", StringComparison.Ordinal), "an organization id") ?? draft.PartOf;
                    break;
                case "roles":
                    ReadArray(field.Value, fieldPath, (tenure, tenurePath) => ReadTenure(tenure, tenurePath, draft));
                    break;
                default:
                    Warning(fieldPath, $"unknown field '{field.Name}' ignored");
                    break;
            }
        }

        CheckAmbiguous(draft, ambiguous);
    }

    private void CheckAmbiguous(EntityDraft draft, List<(string Name, string Path)> ambiguous)
    {
        if (ambiguous.Count == 0)
        {
            return;
        }

        var keys = draft.AllNames.Select(LexiconNameKey.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, namePath) in ambiguous)
        {
            if (keys.Contains(LexiconNameKey.Of(name)))
            {
                EntityDraft.AddDistinct(draft.Ambiguous, name);
            }
            else
            {
                Error(namePath, $"'{name}' is listed as ambiguous but is not a name, alias or adjective of {draft.Id}");
            }
        }
    }

    private void ReadCode(JsonElement entity, string path, EntityDraft draft)
    {
        var code = String(entity, path, "code");
        if (code is null)
        {
            return;
        }

        var expected = draft.Id["country:".Length..].ToUpperInvariant();
        if (code != expected)
        {
            Error(path + ".code", $"code '{code}' does not match the id {draft.Id} (expected {expected})");
            return;
        }

        draft.Code = code;
    }

    private void ReadKind(JsonElement entity, string path, EntityDraft draft)
    {
        var kind = String(entity, path, "kind");
        if (kind is null)
        {
            return;
        }

        var kinds = LexiconSchema.Kinds[draft.Label];
        if (!kinds.Contains(kind))
        {
            Error(path + ".kind", $"unknown kind '{kind}' for a {draft.Label} (expected one of {string.Join(", ", kinds)})");
            return;
        }

        draft.Kind = kind;
    }

    private void ReadTenure(JsonElement tenure, string path, EntityDraft draft)
    {
        if (!IsObject(tenure, path, "a role tenure") || !HasDistinctFields(tenure, path))
        {
            return;
        }

        WarnUnknownFields(tenure, path, LexiconSchema.TenureFields);
        var role = String(tenure, path, "role");
        if (role is null)
        {
            ErrorIfAbsent(tenure, path, "role", "missing role");
            return;
        }

        if (!LexiconSchema.IsRoleId(role))
        {
            Error(path + ".role", $"'{role}' is not a role id (lower-case words joined by -)");
            return;
        }

        var of = Reference(tenure, path, "of", LexiconSchema.IsEntityId, "an entity id");
        var from = Date(tenure, path, "from", out var fromOk);
        var to = Date(tenure, path, "to", out var toOk);
        if (!fromOk || !toOk)
        {
            return;
        }

        if (from > to)
        {
            Error(path + ".to", $"the tenure ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
            return;
        }

        draft.AddTenure(new TenureDraft(role, of?.Id, from, to, At(path)));
    }

    private void ReadRole(JsonElement role, string path)
    {
        if (!IsObject(role, path, "a role") || !HasDistinctFields(role, path))
        {
            return;
        }

        WarnUnknownFields(role, path, LexiconSchema.RoleFields);
        var id = String(role, path, "id");
        if (id is null)
        {
            ErrorIfAbsent(role, path, "id", "missing id");
            return;
        }

        if (!LexiconSchema.IsRoleId(id))
        {
            Error(path + ".id", $"'{id}' is not a role id (lower-case words joined by -)");
            return;
        }

        if (!_roleIds.Add(id))
        {
            Error(path + ".id", $"duplicate role id {id} in this file");
            return;
        }

        var nameEn = String(role, path, "nameEn");
        var scope = String(role, path, "scope");
        if (scope is not null && !LexiconSchema.RoleScopes.Contains(scope))
        {
            Error(path + ".scope", $"unknown scope '{scope}' (expected country or organization)");
            return;
        }

        var names = role.TryGetProperty("names", out var namesElement) ? Strings(namesElement, path + ".names") : [];
        var of = Reference(role, path, "of", LexiconSchema.IsEntityId, "an entity id");
        var draft = _builder.FindRole(id);

        // A role whose names already name its organization or country («سخنگوی کرملین») takes its scope from "of".
        scope ??= of is null ? null : of.Value.Id.StartsWith("country:", StringComparison.Ordinal) ? "country" : "organization";
        if (draft is null)
        {
            if (nameEn is null || scope is null || names.Count == 0)
            {
                Error(path, $"the new role {id} needs nameEn, names and scope");
                return;
            }

            draft = _builder.AddRole(id, nameEn, scope);
        }

        draft.NameEn = nameEn ?? draft.NameEn;
        draft.Scope = scope ?? draft.Scope;
        draft.Of = of ?? draft.Of;
        foreach (var name in names)
        {
            EntityDraft.AddDistinct(draft.Names, name.Value);
        }
    }

    private void ReadTitle(JsonElement title, string path)
    {
        if (!IsObject(title, path, "a title") || !HasDistinctFields(title, path))
        {
            return;
        }

        WarnUnknownFields(title, path, LexiconSchema.TitleFields);
        var text = String(title, path, "text");
        var kind = String(title, path, "kind");
        if (text is null || kind is null)
        {
            Error(path, "a title needs text and kind");
            return;
        }

        _builder.AddTitle(new TitleWord(text, kind));
    }

    private void ReadGivenName(JsonElement name, string path)
    {
        var text = name.ValueKind == JsonValueKind.String ? name.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            Error(path, "a given name must be a non-empty string");
            return;
        }

        _builder.AddGivenName(text);
    }

    private void ReadSettings(JsonElement settings, string path)
    {
        if (!IsObject(settings, path, "settings") || !HasDistinctFields(settings, path))
        {
            return;
        }

        WarnUnknownFields(settings, path, LexiconSchema.SettingsFields);
        _builder.HomeCountry = Reference(settings, path, "homeCountry", id => id.StartsWith("country:", StringComparison.Ordinal), "a country id") ?? _builder.HomeCountry;
    }

    private (string Id, LexiconOrigin Origin)? Reference(JsonElement owner, string path, string field, Func<string, bool> isValid, string expected)
    {
        var id = String(owner, path, field);
        if (id is null)
        {
            return null;
        }

        if (!isValid(id) || !LexiconSchema.IsEntityId(id))
        {
            Error(path + "." + field, $"'{id}' is not {expected}");
            return null;
        }

        return (id, At(path + "." + field));
    }

    private DateOnly? Date(JsonElement owner, string path, string field, out bool ok)
    {
        ok = true;
        if (!owner.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ok = false;
        Error(path + "." + field, $"bad date {value.GetRawText()} (expected \"yyyy-MM-dd\" or null)");
        return null;
    }

    private string? String(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            Error(path + "." + field, $"'{field}' must be a non-empty string");
            return null;
        }

        return text;
    }

    private List<(string Value, string Path)> Strings(JsonElement array, string path)
    {
        var strings = new List<(string, string)>();
        if (array.ValueKind != JsonValueKind.Array)
        {
            Error(path, "must be an array of strings");
            return strings;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                Error(itemPath, "must be a non-empty string");
                continue;
            }

            strings.Add((text, itemPath));
        }

        return strings;
    }

    private bool IsObject(JsonElement element, string path, string what)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(path, $"{what} must be a JSON object");
        return false;
    }

    private bool HasDistinctFields(JsonElement element, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = true;
        foreach (var field in element.EnumerateObject())
        {
            if (!seen.Add(field.Name))
            {
                Error(path + "." + field.Name, $"field '{field.Name}' appears twice");
                distinct = false;
            }
        }

        return distinct;
    }

    private void WarnUnknownFields(JsonElement element, string path, IReadOnlySet<string> known)
    {
        foreach (var field in element.EnumerateObject().Where(f => !known.Contains(f.Name)))
        {
            Warning(path + "." + field.Name, $"unknown field '{field.Name}' ignored");
        }
    }

    private void ErrorIfAbsent(JsonElement owner, string path, string field, string message)
    {
        // A present but malformed value was reported by String() already.
        if (!owner.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Error(path, message);
        }
    }

    private static string ExampleId(string label) => label switch
    {
        NodeLabel.Country => "country:<iso 3166 alpha-2, lower case>",
        _ => $"{LexiconSchema.IdPrefixes[label]}:<lower-case-ascii-slug>",
    };

    private LexiconOrigin At(string path) => new(_source, path);

    private void Error(string path, string message) => _issues.Error(At(path), message);

    private void Warning(string path, string message) => _issues.Warning(At(path), message);
}
