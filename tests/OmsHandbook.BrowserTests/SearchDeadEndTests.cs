using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// Search never leaves a reader stuck: a query that finds nothing says so, offers the glossary terms
/// a slip of the finger away (none for gibberish) and the A to Z; when the index cannot be fetched,
/// the box and the page say what to try instead, and the A to Z still works.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class SearchDeadEndTests(BrowserSite site)
{
    private const string Browse = "/search/#search-browse";
    private const string PageStatus = ".search-page__status";

    [BrowserTheory]
    [InlineData("xqzvjw")]
    [InlineData("asdfgh qwerty")]
    [InlineData("blorptangle")]
    public async Task Gibberish_finds_nothing_suggests_nothing_and_offers_the_a_to_z(string query)
    {
        await using var visit = await site.OpenAsync("/");

        var results = await SearchBox.TypeAsync(visit.Page, query);

        Assert.Empty(results);
        Assert.Equal($"No results for “{query}”.", await visit.Page.InnerTextAsync(".site-search__message"));
        var browse = visit.Page.Locator(".site-search__all");
        Assert.Equal("Browse the handbook A to Z", await browse.InnerTextAsync());
        Assert.Equal(Browse, await browse.GetAttributeAsync("href"));

        var onPage = await SearchBox.TypeOnSearchPageAsync(visit.Page, query);

        Assert.Empty(onPage);
        Assert.Equal($"No results for “{query}”. Or browse the A to Z below.", await visit.Page.InnerTextAsync(PageStatus));
        Assert.Equal("#search-browse", await visit.Page.Locator(PageStatus + " a").GetAttributeAsync("href"));
        Assert.True(await visit.Page.Locator("#search-browse").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task A_typo_on_the_search_page_suggests_the_term_and_the_a_to_z()
    {
        await using var visit = await site.OpenAsync("/");

        await SearchBox.TypeOnSearchPageAsync(visit.Page, "obsoklonuss");

        Assert.Equal("No results for “obsoklonuss”. Did you mean Opsoclonus? Or browse the A to Z below.", await visit.Page.InnerTextAsync(PageStatus));
        Assert.Equal(["/search/?q=Opsoclonus", "#search-browse"], await visit.Page.Locator(PageStatus + " a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
    }

    [BrowserFact]
    public async Task When_the_index_cannot_be_fetched_the_box_offers_the_a_to_z_and_it_works()
    {
        await using var visit = await site.StartAsync();
        await visit.Page.RouteAsync("**/search/index.json", route => route.AbortAsync());
        await visit.GoAsync("/symptoms/");

        var results = await SearchBox.TypeAsync(visit.Page, "rituximab");

        Assert.Empty(results);
        Assert.Equal("Search is not available just now. Try the A to Z of the handbook instead.", await visit.Page.InnerTextAsync(".site-search__message"));
        await visit.Page.ClickAsync(".site-search__all");
        await visit.Page.WaitForURLAsync("**" + Browse);
        await AToZWorksAsync(visit);
    }

    [BrowserFact]
    public async Task When_the_index_cannot_be_fetched_the_search_page_says_to_browse_the_a_to_z_and_it_works()
    {
        await using var visit = await site.StartAsync();
        await visit.Page.RouteAsync("**/search/index.json", route => route.FulfillAsync(new RouteFulfillOptions { Status = 503 }));
        await visit.GoAsync("/search/?q=rituximab");

        await visit.Page.WaitForFunctionAsync($"() => document.querySelector('{PageStatus}').textContent !== ''");

        Assert.Equal("Search is not available just now. Browse the A to Z below instead.", await visit.Page.InnerTextAsync(PageStatus));
        Assert.False(await visit.Page.Locator(".search-page__results").IsVisibleAsync());
        await visit.Page.ClickAsync(PageStatus + " a");
        await visit.Page.WaitForURLAsync("**/search/?q=rituximab#search-browse");
        await AToZWorksAsync(visit);
    }

    /// <summary>The A to Z is on screen, its letters jump to their entries, and an entry opens its page.</summary>
    private static async Task AToZWorksAsync(PageVisit visit)
    {
        var page = visit.Page;
        Assert.True(await page.Locator("#search-browse").IsVisibleAsync());
        var letter = page.Locator(".az-index a").Nth(1);
        var target = (await letter.GetAttributeAsync("href"))!;
        await letter.ClickAsync();
        await page.WaitForFunctionAsync("hash => location.hash === hash", target);
        Assert.True(await page.Locator(target).IsVisibleAsync());

        var entry = page.Locator(target + " + .search-browse__list a").First;
        var href = (await entry.GetAttributeAsync("href"))!;
        var opened = await page.RunAndWaitForResponseAsync(() => entry.ClickAsync(), r => r.Request.IsNavigationRequest);
        await page.WaitForLoadStateAsync();
        Assert.Equal(200, opened.Status);
        Assert.Equal(href, new Uri(page.Url).PathAndQuery + new Uri(page.Url).Fragment);
    }
}
