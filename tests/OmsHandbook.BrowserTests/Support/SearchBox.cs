using Microsoft.Playwright;

namespace OmsHandbook.BrowserTests.Support;

/// <summary>Drives the header's search box as a reader does: focus, type key by key, wait for the results of the whole query.</summary>
public static class SearchBox
{
    public const string Box = "#site-search";
    public const string Options = "#site-search-listbox [role=option]";

    /// <summary>Types a query into the header box and returns the results' links in order ("" for a suggestion).</summary>
    /// <param name="waitForResults">False to return at once, before the script has answered.</param>
    public static async Task<IReadOnlyList<string>> TypeAsync(IPage page, string query, bool waitForResults = true)
    {
        // The script fires search-results once it has drawn an answer, a failed one included.
        await page.EvaluateAsync("""
            () => {
              if (!window.searchWatched) {
                window.searchWatched = true;
                document.querySelector('#site-search').form.addEventListener('search-results', e => { window.lastQuery = e.detail.query; });
              }
              window.lastQuery = null;
            }
            """);
        var box = page.Locator(Box);
        await box.FocusAsync();
        await box.FillAsync("");
        await box.PressSequentiallyAsync(query);
        if (!waitForResults)
        {
            return [];
        }

        await page.WaitForFunctionAsync("q => window.lastQuery === q", query);
        return await page.Locator(Options).EvaluateAllAsync<string[]>("options => options.map(o => o.dataset.href || '')");
    }

    /// <summary>Opens the search page for a query and returns its results' links in order, once it has answered.</summary>
    public static async Task<IReadOnlyList<string>> SearchPageAsync(IPage page, string query)
    {
        await page.GotoAsync("/search/?q=" + Uri.EscapeDataString(query));
        await page.WaitForFunctionAsync("() => document.querySelector('.search-page__status').textContent !== ''");
        return await page.Locator(".search-page__results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }
}
