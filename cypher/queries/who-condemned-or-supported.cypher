// Who condemned or supported a given country, person, organization or place: each speaker with the stance,
// how many sentences and articles say so, and one of those sentences.
// @param name name, alias, English name or id of the target, e.g. آمریکا or country:us.
// @param type (optional) CONDEMNED or SUPPORTED; both when null.
MATCH (target)
WHERE (target:Country OR target:Person OR target:Organization OR target:Place)
  AND (target.id = $name OR target.name = $name OR $name IN coalesce(target.aliases, []) OR toLower(target.nameEn) = toLower($name))
MATCH (speaker)-[r:CONDEMNED|SUPPORTED]->(target)
WHERE $type IS NULL OR type(r) = $type
RETURN type(r) AS stance,
       speaker.name AS speaker,
       labels(speaker)[0] AS speakerLabel,
       target.name AS target,
       r.evidenceCount AS sentences,
       r.articleCount AS articles,
       r.evidenceTexts[0] AS example,
       speaker.id AS speakerId
ORDER BY stance, sentences DESC, speaker
