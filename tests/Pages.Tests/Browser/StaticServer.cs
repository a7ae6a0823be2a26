using System.Net;

namespace Pages.Tests.Browser;

/// <summary>A static file server on 127.0.0.1 for the browser tests: the site as a web host serves it.</summary>
internal sealed class StaticServer : IDisposable
{
    readonly HttpListener listener = new();
    readonly string root;

    public StaticServer(string root)
    {
        this.root = Path.GetFullPath(root);
        var port = FreePort();
        Address = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Address);
        listener.Start();
        _ = Task.Run(Serve);
    }

    public string Address { get; }

    static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'))));
            using var response = context.Response;
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                continue;
            }
            response.ContentType = Path.GetExtension(path) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                _ => "application/octet-stream",
            };
            var bytes = await File.ReadAllBytesAsync(path);
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    public void Dispose() => listener.Close();
}
