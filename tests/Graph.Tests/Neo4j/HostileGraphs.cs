using Graph.Model;

namespace Graph.Tests.Neo4j;

/// <summary>Graphs of one fixed shape whose texts are either plain or full of characters that break naive Cypher.</summary>
internal static class HostileGraphs
{
    /// <summary>Strings that would end a literal, a name, a statement or a comment if pasted into Cypher.</summary>
    public static readonly string[] Nasty =
    [
        "O'Brien \"the\" `tick` {brace} [x] $rows \\ back\\slash",
        "line\nbreak\r\nand\ttab // not a comment /* nor this */ ; MATCH (n) DETACH DELETE n;",
        "') MERGE (x:Hacked {id: 'x'}) //",
        "علی\u200cشمخانی \u202Eمعکوس\u202C \u0000nul \u0085nel \u2028ls \u2029ps \uFEFFbom \U0001F600",
        "`}]) RETURN 1 //",
    ];

    public static GraphDocument Build(Func<int, string> text)
    {
        var articles = new[] { new ArticleRecord("article:" + text(0), "file " + text(1), text(2), [text(3), text(4)], "2018-04-16") };
        var a = new GraphNode("person:" + text(5), NodeLabel.Person, text(6))
        {
            NameEn = text(7),
            Aliases = [text(8), text(9)],
            Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["role"] = text(10), ["note " + text(11)] = new Dictionary<string, object?> { ["k"] = text(12) } },
            Mentions = [new Mention(articles[0].Id, 0, 5, text(13))],
        };
        var b = new GraphNode("country:" + text(14), NodeLabel.Country, text(15)) { Mentions = [new Mention(articles[0].Id, 10, 15, text(16))] };
        var meeting = new GraphNode("meeting:" + text(17), NodeLabel.Meeting, text(18))
        {
            Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["mode"] = text(19) },
        };
        var evidence = new Evidence(articles[0].Id, 1, 20, 40, text(20), text(21));
        return new GraphDocument
        {
            Articles = articles,
            Nodes = [a, b, meeting],
            Edges =
            [
                new GraphEdge("e1:" + text(22), EdgeType.Condemned, a.Id, b.Id) { Evidence = [evidence], Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["plover"] = text(23) } },
                new GraphEdge("e2:" + text(24), EdgeType.ParticipatedIn, a.Id, meeting.Id) { Evidence = [evidence] },
            ],
        };
    }

    public static GraphDocument Plain() => Build(i => "plain" + i);

    public static GraphDocument Nastiest() => Build(i => Nasty[i % Nasty.Length] + i);
}
