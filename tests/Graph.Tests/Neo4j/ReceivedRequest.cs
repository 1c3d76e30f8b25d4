namespace Graph.Tests.Neo4j;

/// <summary>A request the loopback server received.</summary>
internal sealed record ReceivedRequest(string Method, string Path, string? Authorization, string? ContentType, string Body);
