using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>On a 320 px phone the way to urgent help is in view on every page, before any scrolling or menu.</summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class UrgentHelpTests(BrowserSite site)
{
    /// <summary>A small phone's first screen: 320 CSS px wide, 568 tall (iPhone SE, first generation).</summary>
    private const int Width = 320;
    private const int Height = 568;

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_header_link_is_in_the_first_screen_of_every_page_without_opening_a_menu(bool javaScript)
    {
        var problems = new List<string>();
        await using var visit = await site.StartAsync(new VisitOptions(Width: Width, Height: Height, JavaScript: javaScript));
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            var link = visit.Page.Locator("header a.urgent-help-link");
            if (await link.CountAsync() != 1 || !await link.IsVisibleAsync())
            {
                problems.Add($"{path}: no visible urgent-help link in the header");
                continue;
            }

            var box = (await link.BoundingBoxAsync())!;
            if (box.X < 0 || box.Y < 0 || box.X + box.Width > Width || box.Y + box.Height > Height)
            {
                problems.Add($"{path}: the urgent-help link is at ({box.X}, {box.Y}) {box.Width}×{box.Height}, outside the first {Width}×{Height} screen");
            }

            if (box.Width < 24 || box.Height < 24)
            {
                problems.Add($"{path}: the urgent-help link is {box.Width}×{box.Height}, smaller than a 24×24 target");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_link_leads_to_urgent_help_whose_numbers_are_tap_to_call_and_both_pages_pass_axe(ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync("/", new VisitOptions(Width: Width, Height: Height, ColorScheme: scheme));
        Assert.Equal([], await Axe.ViolationsAsync(visit.Page));

        await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Urgent help", Exact = true }).ClickAsync();
        await visit.Page.WaitForURLAsync("**/urgent-help/");
        Assert.Equal("When to get urgent help", (await visit.Page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Equal([], await Axe.ViolationsAsync(visit.Page));

        var call = visit.Page.Locator(".care-card--emergency a[href='tel:999']");
        Assert.Equal("999", (await call.TextContentAsync())?.Trim());
        Assert.True(await call.IsVisibleAsync());
    }
}
