using System.Net.Sockets;
using Pages.Cli.Commands;
using Pages.Cli.Preview;

namespace Pages.Tests.Cli;

/// <summary>The preview server over loopback: it serves the site, and sends a reload after an input file changes.</summary>
public sealed class ServeCommandTests : TempFolder
{
    static int FreePort()
    {
        var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    [Fact]
    public async Task Serves_a_page_and_sends_a_reload_after_a_change()
    {
        var input = Path.Combine(Folder, "input");
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.Copy(Path.Combine(Repo.InputFolder, "site.yml"), Path.Combine(input, "site.yml"));
        var page = Path.Combine(input, "pages", "p.txt");
        File.WriteAllText(page, "本报讯（记者张三丰） 近日，某某区开会。\n\n某某区开会\n");
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var log = new StringWriter();
        var serving = Task.Run(() => ServeCommand.Run(input, Path.Combine(Folder, "output"), port, null, TextWriter.Synchronized(log), TextWriter.Synchronized(log), stop.Token));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };

        string home = "";
        for (var i = 0; i < 100 && home.Length == 0; i++)
        {
            try
            {
                home = await http.GetStringAsync("index.html");
            }
            catch (HttpRequestException e) when (e.StatusCode is null or System.Net.HttpStatusCode.NotFound)
            {
                await Task.Delay(200);
            }
        }
        Assert.True(home.Contains("示范区新闻档案", StringComparison.Ordinal), log.ToString());
        Assert.Contains(PreviewServer.EventsPath, home);
        Assert.DoesNotContain(PreviewServer.EventsPath, File.ReadAllText(Path.Combine(Folder, "output", "index.html")));

        using var events = new StreamReader(await http.GetStreamAsync(PreviewServer.EventsPath.TrimStart('/')));
        Assert.Equal(": connected", await events.ReadLineAsync());
        await Task.Delay(500);
        File.AppendAllText(page, "\n本报讯（记者李四） 近日，东风镇植树。\n\n东风镇植树\n");
        string? line;
        do
            line = await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        while (line is not null && line.Length == 0);
        Assert.Equal("data: reload", line);
        Assert.Contains("东风镇植树", await http.GetStringAsync(Pages.Site.SitePaths.Page("p")));

        await stop.CancelAsync();
        Assert.Equal(0, await serving);
    }
}
