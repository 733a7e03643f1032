using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmsHandbook.Serve.Netlify;

namespace OmsHandbook.Serve;

/// <summary>
/// The live preview: Kestrel on the loopback address serving the site from memory, a watcher on
/// input/ (and the theme's assets and netlify.toml), and a loop that rebuilds after every save.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions options;
    private readonly TextWriter stderr;
    private readonly PreviewEvents events = new();
    private readonly ChangeWatcher watcher = new();
    private readonly SiteRebuilder rebuilder;
    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping = new();
    private Task watching = Task.CompletedTask;
    private bool stopped;

    private PreviewServer(PreviewOptions options, TextWriter stdout, TextWriter stderr)
    {
        this.options = options;
        this.stderr = stderr;
        State = new PreviewState(PreviewSnapshot.Starting(NetlifyConfig.Empty));
        rebuilder = new SiteRebuilder(options, State, events, stdout, stderr);
        app = CreateApp(options.Port, new RequestFailureReporter(stderr), new PreviewEndpoints(State, events), new SiteResponder(State));
    }

    /// <summary>Where the preview answers, e.g. http://localhost:5080/.</summary>
    public Uri Address { get; private set; } = new("http://localhost/");

    /// <summary>What the preview serves right now.</summary>
    public PreviewState State { get; }

    /// <summary>How many open pages are listening for reloads.</summary>
    public int OpenPages => events.Count;

    /// <summary>Folders and files whose changes cause a rebuild.</summary>
    public IReadOnlyList<string> Watched { get; private set; } = [];

    /// <summary>Starts listening, builds once, then watches for changes.</summary>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var server = new PreviewServer(options, stdout, stderr);
        try
        {
            await server.StartAsync(cancellation);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops watching and building, ends every page's event stream, and stops the server.</summary>
    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        await stopping.CancelAsync();
        events.Close();
        await watching;
        watcher.Dispose();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(grace.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task StartAsync(CancellationToken cancellation)
    {
        await app.StartAsync(cancellation);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().TrimEnd('/') + "/");

        // Watch before the first build, so a save during it still causes a rebuild.
        var watched = new List<string> { Path.GetFullPath(options.InputDirectory) };
        watcher.WatchFolder(watched[0]);
        if (options.ThemeAssetsFolder is { } assets)
        {
            watcher.WatchFolder(assets);
            watched.Add(Path.GetFullPath(assets));
        }

        if (options.NetlifyToml is { } netlify)
        {
            watcher.WatchFile(netlify);
            watched.Add(Path.GetFullPath(netlify));
        }

        Watched = watched;
        await rebuilder.RebuildAsync([], cancellation);
        watching = WatchAsync(stopping.Token);
    }

    private async Task WatchAsync(CancellationToken cancellation)
    {
        await Task.Yield();
        // The files of builds dropped for a newer save, so the next build still names them.
        var carried = new SortedSet<string>(StringComparer.Ordinal);
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                carried.UnionWith(await watcher.NextBatchAsync(cancellation));
                var batch = carried.ToList();
                using var superseded = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                var newerSave = CancelOnNextChangeAsync(superseded);
                try
                {
                    await rebuilder.RebuildAsync(batch, superseded.Token);
                    carried.Clear();
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    // A newer save arrived: build again with it at once rather than finish a build already out of date.
                }
                finally
                {
                    await superseded.CancelAsync();
                    await newerSave;
                }
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the last good site stays served and the next save tries again.
                await stderr.WriteLineAsync($"The preview could not rebuild ({ex.Message}); save again to retry.");
            }
        }
    }

    private async Task CancelOnNextChangeAsync(CancellationTokenSource build)
    {
        try
        {
            await watcher.WaitForChangeAsync(build.Token);
            await build.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // The build ended first.
        }
    }

    private static WebApplication CreateApp(int port, RequestFailureReporter failures, PreviewEndpoints endpoints, SiteResponder responder)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (port == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(port);
            }
        });
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();

        var app = builder.Build();
        app.Use(failures.InvokeAsync);
        app.Use(RequestPath.NormalizeAsync);
        app.Use(ReloadScriptInjector.InvokeAsync);
        app.Run(async context =>
        {
            if (!await endpoints.TryRespondAsync(context))
            {
                await responder.RespondAsync(context);
            }
        });
        return app;
    }
}
