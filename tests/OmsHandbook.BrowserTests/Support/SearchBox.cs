using Microsoft.Playwright;

namespace OmsHandbook.BrowserTests.Support;

/// <summary>Drives the header's search box as a reader does: focus, type key by key, wait for the results of the whole query.</summary>
public static class SearchBox
{
    public const string Box = "#site-search";
    public const string Options = "#site-search-listbox [role=option]";
    public const string PageField = "#search-page-query";

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

    /// <summary>Opens the search page, types a query into its field and returns the results' links in order, once it has answered.</summary>
    /// <param name="searchPage">The edition's search page: "/es/search/" for the Spanish edition.</param>
    public static async Task<IReadOnlyList<string>> TypeOnSearchPageAsync(IPage page, string query, string searchPage = "/search/")
    {
        await page.GotoAsync(searchPage);
        await page.EvaluateAsync("""
            () => document.querySelector('#search-page-query').form.addEventListener('search-results', e => { window.lastQuery = e.detail.query; })
            """);
        await page.Locator(PageField).PressSequentiallyAsync(query);
        await page.WaitForFunctionAsync("q => window.lastQuery === q", query);
        return await page.Locator(".search-page__results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }
}
