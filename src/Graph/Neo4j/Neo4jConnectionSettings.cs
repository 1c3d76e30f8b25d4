namespace Graph.Neo4j;

/// <summary>Where a Neo4j server is and who connects to it.</summary>
/// <param name="Uri">The HTTP address of the server, e.g. <c>http://localhost:7474</c>.</param>
/// <param name="Database">The database name (<c>neo4j</c> on a default installation).</param>
/// <param name="User">The user name.</param>
/// <param name="Password">The password, or null to send no credentials (a server with authentication disabled).</param>
public sealed record Neo4jConnectionSettings(Uri Uri, string Database, string User, string? Password)
{
    /// <summary>The database of a default installation.</summary>
    public const string DefaultDatabase = "neo4j";

    /// <summary>The user of a default installation.</summary>
    public const string DefaultUser = "neo4j";

    /// <summary>The address of the transactional endpoint that commits at once: <c>{Uri}/db/{Database}/tx/commit</c>.</summary>
    public Uri CommitEndpoint => new(Uri.AbsoluteUri.TrimEnd('/') + "/db/" + System.Uri.EscapeDataString(Database) + "/tx/commit");

    /// <summary>Describes the connection without the password.</summary>
    public override string ToString() =>
        $"{User}@{Uri.AbsoluteUri.TrimEnd('/')} (database {Database}{(Password is null ? ", no password" : string.Empty)})";

    /// <summary>Reads the server address the user gave, accepting only HTTP(S) and explaining what to use instead of a Bolt address.</summary>
    /// <param name="text">The address as typed, e.g. <c>http://localhost:7474</c>.</param>
    /// <exception cref="FormatException">The text is not an absolute HTTP or HTTPS address.</exception>
    public static Uri ParseUri(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!System.Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            throw new FormatException($"'{text}' is not an address; use the HTTP address of Neo4j, e.g. http://localhost:7474.");
        }

        if (uri.Scheme is "bolt" or "bolt+s" or "bolt+ssc" or "neo4j" or "neo4j+s" or "neo4j+ssc")
        {
            var port = uri.IsDefaultPort || uri.Port == 7687 ? 7474 : uri.Port;
            throw new FormatException(
                $"'{text}' is a Bolt address; this tool talks to Neo4j over HTTP: use http://{uri.Host}:{port} (the port of Neo4j Browser).");
        }

        if (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps)
        {
            throw new FormatException($"'{text}' is not an HTTP address; use the HTTP address of Neo4j, e.g. http://localhost:7474.");
        }

        return uri;
    }
}
