using System.Text;

namespace Graph.Tests.Neo4j;

/// <summary>A raw HTTP response recorded from a real Neo4j server (status line, headers, blank line, body).</summary>
internal sealed record RecordedResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    public static RecordedResponse Load(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Neo4j", "TestData", "recorded", name));
        var text = Encoding.UTF8.GetString(bytes);
        var separator = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var separatorLength = 4;
        if (separator < 0)
        {
            separator = text.IndexOf("\n\n", StringComparison.Ordinal);
            separatorLength = 2;
        }

        var head = text[..separator].Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = head.Skip(1)
            .Select(line => (Name: line[..line.IndexOf(':', StringComparison.Ordinal)], Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToList();
        var body = Encoding.UTF8.GetBytes(text[(separator + separatorLength)..]);
        return new RecordedResponse(status, headers, body);
    }

    public string BodyText => Encoding.UTF8.GetString(Body);
}
