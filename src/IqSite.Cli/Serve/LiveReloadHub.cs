using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace IqSite.Cli.Serve;

/// <summary>
/// Server-sent events to every open page: 'reload' after a successful rebuild, 'errors' with the
/// diagnostics after a failed one. SSE needs no extra protocol or library and reconnects by itself.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    public int ClientCount => _clients.Count;

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    public void Broadcast(string eventName, string data)
    {
        var message = $"event: {eventName}\ndata: {data.Replace("\n", "\ndata: ")}\n\n";
        foreach (var client in _clients.Values) client.Writer.TryWrite(message);
    }

    /// <summary>Ends every stream so the server can stop without waiting for open pages.</summary>
    public void CloseAll()
    {
        foreach (var client in _clients.Values) client.Writer.TryComplete();
    }
}
