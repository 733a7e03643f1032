using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// Markup written as text in a heading, a FAQ question and answer and a glossary definition stays
/// text in a real browser: on its page and in search results, and nothing it names ever runs.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class InjectedMarkupTests(BrowserSite site)
{
    [BrowserFact]
    public async Task Markup_written_as_text_shows_as_text_on_pages_and_in_search_and_never_runs()
    {
        using var handbook = new SmallHandbook();
        MarkupAsText.WriteInto(handbook);
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(handbook.Input, handbook.Output, new DateOnly(2026, 11, 21)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Sorted().Select(d => d.ToMsBuildFormat())));
        await using var server = await StaticSiteServer.StartAsync(handbook.Output);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        foreach (var (path, text) in new[]
        {
            ("/markup/", "Spoof " + MarkupAsText.Markup),
            ("/faq/", "Is " + MarkupAsText.Markup + " a spoof?"),
            ("/faq/", "Yes, spoof " + MarkupAsText.Markup + " text"),
            ("/glossary/", "spoof " + MarkupAsText.Markup),
        })
        {
            await page.GotoAsync(path);
            Assert.Contains(text, await page.InnerTextAsync("main"), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        }

        await page.GotoAsync("/");
        await page.Locator("#site-search").FocusAsync();
        await page.Locator("#site-search").PressSequentiallyAsync("spoof");
        var options = page.Locator("#site-search-listbox [role=option]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-listbox [role=option]').length >= 3");
        var shown = string.Join('\n', await options.AllInnerTextsAsync());
        Assert.Contains("Spoof " + MarkupAsText.Markup, shown, StringComparison.Ordinal);
        Assert.Contains(MarkupAsText.Markup, shown.Replace("Spoof " + MarkupAsText.Markup, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".site-search__popup img").CountAsync());
        Assert.Empty(dialogs);
    }
}
