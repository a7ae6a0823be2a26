using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Pages.Cli.Preview;

/// <summary>
/// Serves the built site on 127.0.0.1 for an archivist to check before publishing. HTML pages get a
/// small script (in the response only, never in the built files) that listens for reload events;
/// <see cref="Reload"/> sends one to every open page after a rebuild.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/__pages/events";

    const string ReloadScript = "<script>(function(){var s=new EventSource('" + EventsPath + "');s.onmessage=function(e){if(e.data==='reload')location.reload();};})();</script>";

    readonly WebApplication app;
    readonly List<HttpResponse> listeners = [];
    readonly Lock gate = new();

    public PreviewServer(string siteFolder, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        app = builder.Build();
        var root = Path.GetFullPath(siteFolder);
        app.Run(context => context.Request.Path == EventsPath ? Events(context) : Serve(context, root));
    }

    public string Address => app.Urls.First();

    public Task StartAsync() => app.StartAsync();

    /// <summary>Tells every open page to reload.</summary>
    public async Task Reload()
    {
        HttpResponse[] open;
        lock (gate)
            open = [.. listeners];
        foreach (var response in open)
        {
            try
            {
                await response.WriteAsync("data: reload\n\n");
                await response.Body.FlushAsync();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                lock (gate)
                    listeners.Remove(response);
            }
        }
    }

    async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n");
        await context.Response.Body.FlushAsync();
        lock (gate)
            listeners.Add(context.Response);
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
        lock (gate)
            listeners.Remove(context.Response);
    }

    /// <summary>Files of the site as they are on disk now (a rebuild swaps the whole folder), index.html for folders.</summary>
    static async Task Serve(HttpContext context, string root)
    {
        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (Directory.Exists(path))
            path = Path.Combine(path, "index.html");
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            context.Response.StatusCode = 404;
            path = Path.Combine(root, "404.html");
            if (!File.Exists(path))
                return;
        }
        context.Response.Headers.CacheControl = "no-store";
        var extension = Path.GetExtension(path);
        context.Response.ContentType = extension switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".xml" => "application/xml; charset=utf-8",
            ".png" => "image/png",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        if (extension != ".html")
        {
            await context.Response.SendFileAsync(path);
            return;
        }
        var html = await File.ReadAllTextAsync(path);
        var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
        html = at < 0 ? html + ReloadScript : html.Insert(at, ReloadScript);
        await context.Response.WriteAsync(html, Encoding.UTF8);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
