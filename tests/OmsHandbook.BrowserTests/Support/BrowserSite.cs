using Microsoft.Playwright;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.BrowserTests.Support;

/// <summary>
/// The real handbook, built once into a temporary folder, served on loopback and opened in one
/// headless Chromium shared by every browser test.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "oms-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? server;
    private IPlaywright? playwright;

    public string Output => Path.Combine(folder, "site");

    public Uri Address => server?.Address ?? throw new InvalidOperationException("the site is not being served");

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Every HTML page as a root-relative URL ("/", "/symptoms/", "/404.html").</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        var result = await new SiteBuilder().BuildAsync(new BuildOptions(RepoPaths.Input, Output, RealHandbookDay.Today, BaseUrlOverride: null, AllowOverdue: true));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the handbook did not build:\n" + string.Join('\n', result.Diagnostics.Sorted().Select(d => d.ToMsBuildFormat())));
        }

        Pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        server = await StaticSiteServer.StartAsync(Output);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>Opens a page in a fresh context, recording console errors and every request it makes.</summary>
    public async Task<PageVisit> OpenAsync(string path, VisitOptions? options = null)
    {
        var visit = await StartAsync(options);
        await visit.GoAsync(path);
        return visit;
    }

    /// <summary>A fresh context and page with the given settings, to visit many pages in turn.</summary>
    public async Task<PageVisit> StartAsync(VisitOptions? options = null)
    {
        options ??= new VisitOptions();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            ColorScheme = options.ColorScheme,
            ReducedMotion = options.ReducedMotion,
            JavaScriptEnabled = options.JavaScript,
            BypassCSP = options.BypassCsp,
            BaseURL = Address.ToString(),
            // The offline copy's worker would precache the site in every test's context: only the
            // offline tests (OfflineCopyTests) let it run, in contexts of their own.
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        return new PageVisit(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>How to open a page: viewport, colour scheme, motion preference, whether scripts run, and
/// whether the test may inject a user style despite the site's Content-Security-Policy (as a reader's extension can).</summary>
public sealed record VisitOptions(int Width = 1280, int Height = 900, ColorScheme ColorScheme = ColorScheme.Light, ReducedMotion ReducedMotion = ReducedMotion.NoPreference, bool JavaScript = true, bool BypassCsp = false);

/// <summary>One open page, with what it logged and fetched since it last navigated; closing it closes its context.</summary>
public sealed class PageVisit : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> consoleErrors = [];
    private readonly List<string> requests = [];

    public PageVisit(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (consoleErrors)
                {
                    consoleErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (consoleErrors)
            {
                consoleErrors.Add(error);
            }
        };
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
    }

    public IPage Page { get; }

    public int Status { get; private set; }

    /// <summary>Goes to a page and waits until it has loaded; what was logged before is forgotten.</summary>
    public async Task GoAsync(string path)
    {
        lock (consoleErrors)
        {
            consoleErrors.Clear();
        }

        lock (requests)
        {
            requests.Clear();
        }

        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Status = response?.Status ?? 0;
    }

    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (consoleErrors)
            {
                return consoleErrors.ToList();
            }
        }
    }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

/// <summary>Every browser test class shares one built site and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
