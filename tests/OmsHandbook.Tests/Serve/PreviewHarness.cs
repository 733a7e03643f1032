using OmsHandbook.Serve;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Serve;

/// <summary>
/// `serve` started in-process on a free port against a temporary copy of the small handbook, with the
/// repository's netlify.toml beside it as in the repository, judged as of <see cref="Build.Today"/>.
/// </summary>
public sealed class PreviewHarness : IAsyncDisposable
{
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();
    private readonly TextWriter syncedStdout;
    private readonly TextWriter syncedStderr;

    private PreviewHarness(SmallHandbook handbook)
    {
        // A synchronized writer locks itself around each write, so reading under the same lock is safe.
        syncedStdout = TextWriter.Synchronized(stdout);
        syncedStderr = TextWriter.Synchronized(stderr);
        Handbook = handbook;
        File.Copy(Path.Combine(RepoPaths.Root, "netlify.toml"), Path.Combine(Root, "netlify.toml"));
    }

    public SmallHandbook Handbook { get; }

    /// <summary>The folder that holds input/, as the repository root holds it.</summary>
    public string Root => Path.GetDirectoryName(Handbook.Input)!;

    public PreviewServer Server { get; private set; } = default!;

    public HttpClient Client { get; private set; } = default!;

    /// <summary>What the server printed so far (diagnostics go to the error writer, as in a terminal).</summary>
    public string Terminal
    {
        get
        {
            lock (syncedStdout)
            {
                lock (syncedStderr)
                {
                    return stdout + stderr.ToString();
                }
            }
        }
    }

    /// <param name="prepare">Changes the handbook before the server starts, e.g. to break it or add theme assets.</param>
    public static async Task<PreviewHarness> StartAsync(Action<PreviewHarness>? prepare = null)
    {
        var harness = new PreviewHarness(new SmallHandbook());
        prepare?.Invoke(harness);
        var options = PreviewOptions.ForRepository(harness.Handbook.Input, port: 0, today: Build.Today);
        harness.Server = await PreviewServer.StartAsync(options, harness.syncedStdout, harness.syncedStderr, CancellationToken.None);
        harness.Client = new HttpClient { BaseAddress = harness.Server.Address, Timeout = Timeout.InfiniteTimeSpan };
        return harness;
    }

    /// <summary>Waits until the terminal shows the text: the preview prints once a build is done, just after its events.</summary>
    public async Task TerminalShowsAsync(string text)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Terminal.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < EventStream.Patience, $"the terminal never showed \"{text}\":\n{Terminal}");
            await Task.Delay(20);
        }
    }

    public async Task<string> GetTextAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        Handbook.Dispose();
        stdout.Dispose();
        stderr.Dispose();
    }
}
