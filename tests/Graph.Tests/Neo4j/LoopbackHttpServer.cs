using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Tests.Neo4j;

/// <summary>A real HTTP server on 127.0.0.1 and a free port that answers each request with what a handler returns.</summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<ReceivedRequest, Task<RecordedResponse>> _handler;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private LoopbackHttpServer(HttpListener listener, Uri uri, Func<ReceivedRequest, Task<RecordedResponse>> handler)
    {
        _listener = listener;
        _handler = handler;
        Uri = uri;
        _loop = Task.Run(AcceptAsync);
    }

    public Uri Uri { get; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Cancelled when the server stops: handlers that never answer wait on it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public static LoopbackHttpServer Start(Func<ReceivedRequest, Task<RecordedResponse>> handler)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackHttpServer(listener, new Uri($"http://127.0.0.1:{port}"), handler);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public static LoopbackHttpServer Replaying(params string[] recordings)
    {
        var queue = new ConcurrentQueue<string>(recordings);
        var last = recordings[^1];
        return Start(_ => Task.FromResult(RecordedResponse.Load(queue.TryDequeue(out var name) ? name : last)));
    }

    /// <summary>A port nothing listens on (taken from the OS and released).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The listener was closed while it waited for a request.
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new ReceivedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers["Authorization"],
                context.Request.ContentType,
                await reader.ReadToEndAsync());
            Requests.Enqueue(request);
            var response = await _handler(request);
            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers)
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.ContentType = value;
                }
                else if (name is "WWW-Authenticate" or "Location")
                {
                    context.Response.Headers[name] = value;
                }
            }

            context.Response.ContentLength64 = response.Body.Length;
            await context.Response.OutputStream.WriteAsync(response.Body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or InvalidOperationException or IOException)
        {
            // The client went away or the server stopped.
        }
    }
}
