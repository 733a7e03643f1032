using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// Search over a sharded index, where a one-file index hid that the script looked for the shards in
/// the wrong folder: real queries (a typo, a lay synonym, a UK/US spelling) typed into the box and
/// run on the search page, with a plain static server and with the preview.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ShardedSearchTests(BrowserSite site, ShardedSite sharded) : IClassFixture<ShardedSite>
{
    public static TheoryData<SiteServer, string, string> Queries()
    {
        var queries = new (string Query, string Expected)[]
        {
            ("rituximib", "/treatment/#rituximab"),
            ("dancing eyes", "/symptoms/#eye-movements-opsoclonus"),
            ("tumor", "/causes/#a-tumour"),
            ("IVIG", "/treatment/#immunoglobulin"),
        };
        var data = new TheoryData<SiteServer, string, string>();
        foreach (var server in Enum.GetValues<SiteServer>())
        {
            foreach (var (query, expected) in queries)
            {
                data.Add(server, query, expected);
            }
        }

        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Queries))]
    public async Task A_query_finds_its_section_in_the_box_and_on_the_search_page_fetching_only_files_the_index_names(SiteServer server, string query, string expected)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = sharded.AddressOf(server).ToString() });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        var shards = new List<string>();
        page.Response += (_, response) =>
        {
            lock (failed)
            {
                if (response.Status >= 400)
                {
                    failed.Add($"{response.Status} {response.Url}");
                }

                if (response.Url.Contains("/assets/search/t", StringComparison.Ordinal))
                {
                    shards.Add(response.Url);
                }
            }
        };
        await page.GotoAsync("/symptoms/");

        var inBox = await SearchBox.TypeAsync(page, query);
        var onPage = await SearchBox.TypeOnSearchPageAsync(page, query);

        Assert.True(inBox.Take(3).Contains(expected), $"the box gave for '{query}':\n" + string.Join('\n', inBox));
        Assert.True(onPage.Take(3).Contains(expected), $"the search page gave for '{query}':\n" + string.Join('\n', onPage));
        lock (failed)
        {
            Assert.Empty(failed);
            Assert.NotEmpty(shards);
        }
    }

    [BrowserFact]
    public async Task When_a_shard_cannot_be_fetched_the_box_says_so_and_offers_the_a_to_z()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = sharded.AddressOf(SiteServer.Static).ToString() });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/assets/search/t*.json", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404 }));
        await page.GotoAsync("/symptoms/");

        Assert.Empty(await SearchBox.TypeAsync(page, "rituximab"));

        Assert.Equal("Search is not available just now. Try the A to Z of the handbook instead.", await page.InnerTextAsync(".site-search__message"));
        Assert.Equal("/search/#search-browse", await page.GetAttributeAsync(".site-search__all", "href"));
    }
}
