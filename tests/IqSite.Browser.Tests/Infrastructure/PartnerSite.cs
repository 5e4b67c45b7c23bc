using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>
/// Another website on the loopback that embeds our pages: a real server on its own port, so it is
/// a different origin, sends none of our headers, and counts as local (Chromium refuses to let
/// public pages, and responses faked by the test, frame local addresses at all).
/// </summary>
public sealed class PartnerSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _page;

    private PartnerSite(string html, int port)
    {
        _page = Encoding.UTF8.GetBytes(html);
        Address = new Uri($"http://localhost:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Address { get; }

    public static PartnerSite Start(string html)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new PartnerSite(html, port);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(_page);
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
