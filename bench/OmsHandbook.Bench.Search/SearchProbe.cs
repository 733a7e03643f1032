using Microsoft.Playwright;

namespace OmsHandbook.Bench.Search;

/// <summary>What one query cost: how long its results took after the last key, and what typing it fetched.</summary>
/// <param name="Bytes">Compressed bodies, as a reader's connection carries them.</param>
/// <param name="HeaderBytes">The responses' headers as HTTP/1.1 sends them; HTTP/2, as Netlify serves, compresses their repeats to a few bytes.</param>
/// <param name="Kinds">Body bytes by kind of file: "manifest", "t" (postings shards), "p" (headings), "s" (texts).</param>
public sealed record QueryFigures(string Query, int Results, double Milliseconds, long Bytes, long HeaderBytes, int Files, IReadOnlyDictionary<string, long> Kinds)
{
    public static IReadOnlyList<string> KindOrder { get; } = ["manifest", "t", "p", "s"];
}

/// <summary>
/// Types queries into the header's search box of one page, key by key as a reader does, and measures
/// each: from the last keydown to the script's results event (results drawn), and the index bytes
/// that came over the wire (compressed bodies; headers apart) while it was typed and its snippets filled.
/// </summary>
public sealed class SearchProbe(IPage page)
{
    private const string Box = "#site-search";

    /// <summary>Between keys: a steady typist, slow enough that each key's query runs.</summary>
    private const int KeyDelayMs = 150;

    /// <summary>After the results: snippets are fetched once typing pauses (250 ms), and counted with their query.</summary>
    private const int SettleMs = 1500;

    private readonly List<Task<(string Url, long Bytes, long Headers)>> finished = [];

    /// <summary>Counts every finished request for a file of the search index from now on.</summary>
    public void Watch() => page.RequestFinished += (_, request) =>
    {
        if (request.Url.Contains("/search/index.json", StringComparison.Ordinal) || request.Url.Contains("/assets/search/", StringComparison.Ordinal))
        {
            lock (finished)
            {
                finished.Add(SizeAsync(request));
            }
        }
    };

    public async Task<QueryFigures> TypeAsync(string query)
    {
        lock (finished)
        {
            finished.Clear();
        }

        var box = page.Locator(Box);
        await box.FocusAsync();
        await box.FillAsync("");
        // Listening before the first key, so the last key follows the one before it by the same
        // steady delay as every other: a longer pause there would let the query before the last fetch
        // its snippets, as a reader's pause would, and count them against the last.
        await page.EvaluateAsync("""
            q => {
              const box = document.querySelector('#site-search');
              window.tookMs = null;
              box.addEventListener('keydown', e => { window.keyAt = e.timeStamp; });
              box.form.addEventListener('search-results', e => {
                if (e.detail.query === q && window.tookMs === null) { window.tookMs = performance.now() - window.keyAt; window.found = e.detail.count; }
              });
            }
            """, query);
        await box.PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = KeyDelayMs });
        await page.WaitForFunctionAsync("() => window.tookMs !== null", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var took = await page.EvaluateAsync<double>("() => window.tookMs");
        var found = await page.EvaluateAsync<int>("() => window.found");
        await Task.Delay(SettleMs);

        Task<(string Url, long Bytes, long Headers)>[] sizes;
        lock (finished)
        {
            sizes = [.. finished];
        }

        var fetched = await Task.WhenAll(sizes);
        var kinds = fetched.GroupBy(f => Kind(f.Url), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(f => f.Bytes), StringComparer.Ordinal);
        return new QueryFigures(query, found, took, fetched.Sum(f => f.Bytes), fetched.Sum(f => f.Headers), fetched.Length, kinds);
    }

    /// <summary>"…/assets/search/t12.0a1b2c3d.json" -> "t".</summary>
    private static string Kind(string url)
    {
        var name = url[(url.LastIndexOf('/') + 1)..];
        return name.StartsWith("index.json", StringComparison.Ordinal) ? "manifest" : name[..1];
    }

    private static async Task<(string, long, long)> SizeAsync(IRequest request)
    {
        var sizes = await request.SizesAsync();
        return (request.Url, sizes.ResponseBodySize, sizes.ResponseHeadersSize);
    }
}
