using System.Globalization;
using Microsoft.Playwright;
using OmsHandbook.Bench.Search;

// bench/search.sh runs this over a built site: `--site DIR [--throttle 4] [--chromium PATH]`.
// It prints what each query fetched and how long its results took, then the figures docs/search.md
// holds against its budget. Nothing here passes or fails.
var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
if (!options.TryGetValue("--site", out var site) || !Directory.Exists(site))
{
    Console.Error.WriteLine("usage: OmsHandbook.Bench.Search --site DIR [--throttle RATE] [--chromium PATH]");
    return 2;
}

var throttle = double.Parse(options.GetValueOrDefault("--throttle", "4"), CultureInfo.InvariantCulture);
var chromium = options.GetValueOrDefault("--chromium") ?? Environment.GetEnvironmentVariable("OMS_CHROMIUM") ?? "/usr/bin/chromium";

await using var server = await GzipSiteServer.StartAsync(Path.GetFullPath(site));
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
// The offline copy's service worker answers the page's requests itself, and Chromium then reports
// bodies of no size: every figure came out negative. Blocked, the page's requests are what crosses
// the network, which is what a reader's first search costs with or without the worker.
await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
{
    BaseURL = server.Address.ToString(),
    ServiceWorkers = ServiceWorkerPolicy.Block,
});
var page = await context.NewPageAsync();
var cdp = await context.NewCDPSessionAsync(page);
await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = throttle });
await page.GotoAsync("/");

var probe = new SearchProbe(page);
probe.Watch();
var figures = new List<QueryFigures>();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{server.Address} — CPU throttled {throttle}x, gzip; bytes are the index files' compressed bodies"));
Console.WriteLine("| query | results | results after last key (ms) | fetched (KB) | files | manifest, shards, headings, texts (KB) | headers (KB) |");
Console.WriteLine("|---|---:|---:|---:|---:|---|---:|");
foreach (var query in BenchQueries.All)
{
    var f = await probe.TypeAsync(query);
    figures.Add(f);
    var kinds = string.Join(", ", QueryFigures.KindOrder.Select(k => (f.Kinds.GetValueOrDefault(k) / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Query} | {f.Results} | {f.Milliseconds:0} | {f.Bytes / 1024.0:0.0} | {f.Files} | {kinds} | {f.HeaderBytes / 1024.0:0.0} |"));
}

var later = figures.Skip(1).ToList();
var times = figures.Select(f => f.Milliseconds).Order().ToList();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first query fetched:        {figures[0].Bytes / 1024.0:0.0} KB (budget 100 KB)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"later queries fetched:      at most {later.Max(f => f.Bytes) / 1024.0:0.0} KB, median {later.Select(f => f.Bytes).Order().ElementAt(later.Count / 2) / 1024.0:0.0} KB (budget 50 KB each)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"results after the last key: slowest {times[^1]:0} ms, median {times[times.Count / 2]:0} ms (budget 100 ms for the slowest)"));
return 0;
