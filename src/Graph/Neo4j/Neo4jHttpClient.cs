using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace Graph.Neo4j;

/// <summary>Runs Cypher over the Neo4j HTTP transactional API (<c>POST /db/{database}/tx/commit</c>, Neo4j 4.4 and 5.x).</summary>
/// <remarks>
/// Each call is one request and so one transaction. The server answers 200 also when a statement fails, so success
/// means an empty <c>errors</c> list. Transient failures are retried with exponential backoff; everything else is
/// turned into a <see cref="Neo4jException"/> with a one-line message that never contains the password.
/// </remarks>
public sealed class Neo4jHttpClient : ICypherRunner, IDisposable
{
    private readonly HttpClient _http;
    private readonly Neo4jClientOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly AuthenticationHeaderValue? _authorization;

    /// <summary>Creates a client for one server and database.</summary>
    /// <param name="settings">Where the server is and the credentials.</param>
    /// <param name="options">Timeouts and retries; <see cref="Neo4jClientOptions.Default"/> when null.</param>
    /// <param name="handler">The HTTP handler to send with (tests pass a stub); a pooled socket handler when null.</param>
    public Neo4jHttpClient(Neo4jConnectionSettings settings, Neo4jClientOptions? options = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _options = options ?? Neo4jClientOptions.Default;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (settings.Password is not null)
        {
            var credentials = Encoding.UTF8.GetBytes(settings.User + ":" + settings.Password);
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        }

        _pipeline = CreatePipeline(_options);
    }

    /// <summary>The server, database and user this client talks to.</summary>
    public Neo4jConnectionSettings Settings { get; }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var body = Neo4jRequestWriter.Write(statements);
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await SendOnceAsync(body, cancellationToken, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            e.Attempts = attempts;
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private static ResiliencePipeline CreatePipeline(Neo4jClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                OnRetry = arguments =>
                {
                    if (options.OnRetry is not null && arguments.Outcome.Exception is Neo4jException failure)
                    {
                        options.OnRetry(arguments.AttemptNumber + 1, arguments.RetryDelay, failure);
                    }

                    return default;
                },
            });
        }

        return builder.Build();
    }

    private async Task<IReadOnlyList<CypherResult>> SendOnceAsync(byte[] body, CancellationToken callerToken, CancellationToken pipelineToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(pipelineToken);
        attempt.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, Settings.CommitEndpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            var content = await response.Content.ReadAsByteArrayAsync(attempt.Token).ConfigureAwait(false);
            return Interpret(response.StatusCode, response.ReasonPhrase, content);
        }
        catch (OperationCanceledException e) when (!callerToken.IsCancellationRequested && !pipelineToken.IsCancellationRequested)
        {
            throw new Neo4jTimeoutException(
                $"Neo4j at {ServerText} did not answer within {_options.RequestTimeout.TotalSeconds:0.###} s.",
                _options.RequestTimeout,
                e);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(e);
        }
    }

    private Neo4jException Unreachable(HttpRequestException e)
    {
        var socketError = (e.InnerException as SocketException)?.SocketErrorCode;
        if (socketError == SocketError.ConnectionRefused)
        {
            return new Neo4jUnavailableException(
                $"cannot connect to Neo4j at {ServerText}: connection refused. Is it running? Start it with `docker compose up -d`.",
                isTransient: false,
                e);
        }

        if (e.HttpRequestError == HttpRequestError.NameResolutionError || socketError == SocketError.HostNotFound)
        {
            return new Neo4jUnavailableException($"cannot connect to Neo4j at {ServerText}: unknown host '{Settings.Uri.Host}'.", isTransient: false, e);
        }

        if (e.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            return new Neo4jUnavailableException($"cannot connect to Neo4j at {ServerText}: TLS failed ({e.Message}).", isTransient: false, e);
        }

        return new Neo4jUnavailableException($"lost the connection to Neo4j at {ServerText}: {e.Message}", isTransient: true, e);
    }

    private string ServerText => Settings.Uri.AbsoluteUri.TrimEnd('/');

    private IReadOnlyList<CypherResult> Interpret(HttpStatusCode status, string? reason, byte[] content)
    {
        var response = TryRead(content);
        var (code, message) = response is { Errors.Count: > 0 } ? response.Errors[0] : (null, null);
        var statusNumber = (int)status;

        if (status == HttpStatusCode.Unauthorized || code == "Neo.ClientError.Security.Unauthorized")
        {
            var hint = Settings.Password is null ? " No password was given: set NEO4J_PASSWORD." : string.Empty;
            return Throw(new Neo4jAuthenticationException(
                $"authentication failed for user {Settings.User} at {ServerText}: {message ?? "HTTP 401"}{hint}",
                Settings.User,
                code));
        }

        if (code == "Neo.ClientError.Database.DatabaseNotFound")
        {
            return Throw(new Neo4jDatabaseNotFoundException(
                $"database '{Settings.Database}' does not exist on {ServerText} ({message})",
                Settings.Database,
                code));
        }

        if (statusNumber >= 500)
        {
            return Throw(new Neo4jServerException(
                $"Neo4j at {ServerText} answered HTTP {statusNumber} {reason}{(message is null ? string.Empty : ": " + message)}".TrimEnd(),
                statusNumber,
                code));
        }

        if (code is not null)
        {
            return Throw(new Neo4jStatementException(code, message ?? string.Empty));
        }

        if (statusNumber is >= 200 and < 300 && response is not null)
        {
            return response.Results;
        }

        if (status == HttpStatusCode.NotFound)
        {
            return Throw(new Neo4jServerException(
                $"{Settings.CommitEndpoint} answered HTTP 404: is {ServerText} the HTTP address of a Neo4j 4.4 or 5.x server (usually port 7474)?",
                statusNumber));
        }

        return Throw(new Neo4jServerException(
            $"Neo4j at {ServerText} answered HTTP {statusNumber} {reason} with {(content.Length == 0 ? "an empty body" : "a body that is not a Neo4j answer")}.",
            statusNumber));
    }

    private static Neo4jResponseReader.Response? TryRead(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return Neo4jResponseReader.Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyList<CypherResult> Throw(Neo4jException exception) => throw exception;
}
