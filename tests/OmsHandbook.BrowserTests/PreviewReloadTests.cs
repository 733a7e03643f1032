using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;
using OmsHandbook.Serve;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// `serve` in Chromium: a save reloads the open pages it changed and leaves the others where the
/// maintainer was reading; a broken save draws the problems over every open page, and the fix reloads them all.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class PreviewReloadTests(BrowserSite site)
{
    private const string Symptoms = "chapters/01-symptoms.md";

    /// <summary>Long enough for a rebuild on a loaded two-core machine; only a hang should reach it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [BrowserFact]
    public async Task A_save_reloads_the_pages_it_changed_and_only_those()
    {
        await using var preview = await Preview.StartAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = preview.Server.Address.ToString() });
        var symptoms = await OpenAsync(context, "/symptoms/");
        var print = await OpenAsync(context, "/print/");
        var treatment = await OpenAsync(context, "/treatment/");
        await ListeningAsync(preview, 3);

        File.AppendAllText(preview.Handbook.PathOf(Symptoms), "\nSleep is often broken at night.\n");

        await ReloadedAsync(symptoms, "Sleep is often broken at night.");
        // The print edition holds every chapter, so the whole build that follows reloads it too.
        await ReloadedAsync(print, "Sleep is often broken at night.");
        await preview.TerminalShowsAsync("changed: rebuilt");
        await Task.Delay(300);
        Assert.True(await StillOpenAsync(treatment), "the treatment page did not change, so it must not reload");
    }

    [BrowserFact]
    public async Task A_broken_save_shows_its_problems_over_every_open_page_and_the_fix_reloads_them_all()
    {
        await using var preview = await Preview.StartAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = preview.Server.Address.ToString() });
        var symptoms = await OpenAsync(context, "/symptoms/");
        var treatment = await OpenAsync(context, "/treatment/");
        await ListeningAsync(preview, 2);
        var text = File.ReadAllText(preview.Handbook.PathOf(Symptoms));

        File.WriteAllText(preview.Handbook.PathOf(Symptoms), text + "\nA claim from nowhere [@nobody2099].\n");
        foreach (var page in new[] { symptoms, treatment })
        {
            await page.Locator("#oms-preview-overlay").WaitForAsync();
            Assert.Contains("unknown citation key '@nobody2099'", await page.Locator("#oms-preview-overlay").InnerTextAsync(), StringComparison.Ordinal);
        }

        File.WriteAllText(preview.Handbook.PathOf(Symptoms), text + "\nA claim with its source [@smith2020].\n");
        await ReloadedAsync(symptoms, "A claim with its source");
        await ReloadedAsync(treatment, "Treatment");
        Assert.Equal(0, await treatment.Locator("#oms-preview-overlay").CountAsync());
    }

    /// <summary>Opens a page and marks it: a reload forgets the mark.</summary>
    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.EvaluateAsync("() => { window.stillOpen = true; }");
        return page;
    }

    private static async Task ListeningAsync(Preview preview, int pages) =>
        await Until(() => preview.Server.OpenPages >= pages, $"{pages} pages to listen for reloads");

    private static async Task Until(Func<bool> done, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(waited.Elapsed < Patience, "waited too long for " + what);
            await Task.Delay(20);
        }
    }

    private static Task ReloadedAsync(IPage page, string showing) =>
        page.WaitForFunctionAsync("text => window.stillOpen !== true && document.readyState === 'complete' && document.body.innerText.includes(text)", showing,
            new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds });

    private static async Task<bool> StillOpenAsync(IPage page) => await page.EvaluateAsync<bool>("() => window.stillOpen === true");

    /// <summary>`serve` on a free port over a temporary small handbook, with what it prints.</summary>
    private sealed class Preview : IAsyncDisposable
    {
        private readonly StringWriter printed = new();
        private readonly TextWriter terminal;

        private Preview()
        {
            terminal = TextWriter.Synchronized(printed);
        }

        public SmallHandbook Handbook { get; } = new();

        public PreviewServer Server { get; private set; } = default!;

        public static async Task<Preview> StartAsync()
        {
            var preview = new Preview();
            preview.Server = await PreviewServer.StartAsync(PreviewOptions.ForRepository(preview.Handbook.Input, port: 0, today: new DateOnly(2026, 11, 21)),
                preview.terminal, preview.terminal, CancellationToken.None);
            return preview;
        }

        public Task TerminalShowsAsync(string text) => Until(() =>
        {
            lock (terminal)
            {
                return printed.ToString().Contains(text, StringComparison.Ordinal);
            }
        }, $"the terminal to show \"{text}\"");

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Handbook.Dispose();
            printed.Dispose();
        }
    }
}
