using System.Text.Json;
using Graph.Model;
using Graph.Output;

namespace Graph.Tests.Output;

public sealed class GraphJsonWriterTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(300, 5)]
    [InlineData(4000, 5)]
    public void Written_graph_is_byte_for_byte_what_the_serializer_makes_of_the_whole_document(int people, int edgesPerPerson)
    {
        var graph = Graph(people, edgesPerPerson);
        using var stream = new MemoryStream();

        GraphJsonWriter.Write(graph, stream);

        Assert.Equal(JsonSerializer.Serialize(graph, GraphJsonWriter.Options) + "\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Written_graph_reads_back_as_the_same_graph()
    {
        var graph = Graph(50, 3);
        using var stream = new MemoryStream();
        GraphJsonWriter.Write(graph, stream);
        stream.Position = 0;

        var read = GraphJsonWriter.Read(stream);

        Assert.Equal(GraphJsonWriter.Serialize(graph), GraphJsonWriter.Serialize(read));
    }

    /// <summary>People who meet and support each other, with evidence quoting text that needs escaping.</summary>
    private static GraphDocument Graph(int people, int edgesPerPerson)
    {
        var articles = Enumerable.Range(0, Math.Max(1, people / 100))
            .Select(i => new ArticleRecord($"article:{i:x16}", $"news/{i}.txt", $"خبر «{i}»", ["ایرنا"], "2020-01-01") { Line = i % 2 == 0 ? null : i })
            .ToList();
        var nodes = Enumerable.Range(0, people)
            .Select(i => new GraphNode($"person:{i}", NodeLabel.Person, $"شخص {i}")
            {
                Aliases = [$"نام\u200cدیگر {i}"],
                Mentions = [new Mention(articles[i % articles.Count].Id, i, i + 5, $"شخص \"{i}\"")],
                Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["country"] = "country:ir", ["roles"] = new List<string> { "minister" } },
            })
            .ToList();
        var edges = new List<GraphEdge>();
        for (var i = 0; i < people; i++)
        {
            for (var k = 1; k <= edgesPerPerson; k++)
            {
                var j = (i + k) % people;
                var type = k % 2 == 0 ? EdgeType.Supported : EdgeType.MetWith;
                edges.Add(new GraphEdge($"{type}:person:{i}->person:{j}", type, nodes[i].Id, nodes[j].Id)
                {
                    Evidence = [new Evidence(articles[i % articles.Count].Id, i, i * 100, (i * 100) + 40, $"جمله {i}\nدرباره\t{j} \\ «نقل»", "دیدار") { Confidence = 0.7 }],
                    Confidence = 0.7,
                    Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["count"] = 1, ["dates"] = new List<string> { "2020-01-01" } },
                });
            }
        }

        return new GraphDocument { Articles = people == 0 ? [] : articles, Nodes = nodes, Edges = edges };
    }
}
