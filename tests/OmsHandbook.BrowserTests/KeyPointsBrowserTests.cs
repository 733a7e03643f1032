using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// The ::: key-points box, which no chapter of the real handbook uses yet: in a small handbook that does,
/// axe-core finds nothing in either colour scheme, and the box's colours follow the scheme.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Tier", "Browser")]
public sealed class KeyPointsTests(BrowserSite site)
{
    [BrowserFact]
    public async Task The_key_points_box_is_accessible_and_follows_light_and_dark()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-in-short.md", """
            ---
            title: In short
            description: A page that opens with its key points.
            audience: families
            last_reviewed: 2026-11-01
            reviewed_by: ""
            ---
            ::: key-points
            ## The main points

            - Opsoclonus is the main sign.
            - Read the whole page when you can.
            :::

            ## More

            The rest of the page.
            """);
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(handbook.Input, handbook.Output, new DateOnly(2026, 11, 21)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Sorted().Select(d => d.ToMsBuildFormat())));
        await using var server = await StaticSiteServer.StartAsync(handbook.Output);

        var backgrounds = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString(), ColorScheme = scheme });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/in-short/");

            var box = page.GetByRole(AriaRole.Region, new() { Name = "The main points" });
            Assert.Equal(2, await box.Locator("li").CountAsync());
            Assert.Empty(await Axe.ViolationsAsync(page));
            backgrounds.Add(await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        }

        Assert.NotEqual(backgrounds[0], backgrounds[1]);
    }
}
