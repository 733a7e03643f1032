using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>Everything works from the keyboard: the skip link, the tab order, glossary toggletips and the theme toggle.</summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    private const string Chapter = "/symptoms/";

    [BrowserFact]
    public async Task The_skip_link_is_the_first_stop_and_lands_on_main()
    {
        await using var visit = await site.OpenAsync(Chapter);
        await visit.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await visit.Page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await visit.Page.IsVisibleAsync(".skip-link"));

        await visit.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await visit.Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Tab_reaches_every_link_and_control_in_reading_order(int width)
    {
        await using var visit = await site.OpenAsync(Chapter, new VisitOptions(Width: width));
        var reachable = await visit.Page.EvaluateAsync<int[]>("""
            () => {
              const all = Array.from(document.querySelectorAll('*'));
              return Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]'))
                .filter(e => e.checkVisibility({ visibilityProperty: true }))
                .map(e => all.indexOf(e));
            }
            """);

        var visited = new List<int>();
        for (var i = 0; i < reachable.Length + 1; i++)
        {
            await visit.Page.Keyboard.PressAsync("Tab");
            var index = await visit.Page.EvaluateAsync<int>("() => document.activeElement === document.body ? -1 : Array.from(document.querySelectorAll('*')).indexOf(document.activeElement)");
            if (visited.Contains(index) || index < 0)
            {
                break;
            }

            visited.Add(index);
        }

        Assert.Equal(reachable, visited);
    }

    [BrowserFact]
    public async Task A_glossary_toggletip_opens_from_the_keyboard_closes_with_escape_and_keeps_focus_on_its_term()
    {
        await using var visit = await site.OpenAsync(Chapter);
        var term = visit.Page.Locator("main button.glossary-term").First;
        var tipId = await term.GetAttributeAsync("popovertarget");
        Assert.NotNull(tipId);
        var tip = visit.Page.Locator("#" + tipId);

        await term.HoverAsync();
        await term.FocusAsync();
        Assert.False(await tip.IsVisibleAsync(), "a toggletip must not open on hover or focus alone");

        await visit.Page.Keyboard.PressAsync("Enter");
        Assert.True(await tip.IsVisibleAsync());
        Assert.Contains(":", await tip.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/glossary/", new Uri(site.Address, await tip.Locator("a").GetAttributeAsync("href")).AbsolutePath);

        await visit.Page.Keyboard.PressAsync("Escape");
        Assert.False(await tip.IsVisibleAsync());
        Assert.Equal(tipId, await visit.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('popovertarget')"));

        await visit.Page.Keyboard.PressAsync("Space");
        Assert.True(await tip.IsVisibleAsync());
        await visit.Page.Mouse.ClickAsync(5, 890);
        Assert.False(await tip.IsVisibleAsync(), "a click elsewhere closes the toggletip");
    }

    [BrowserFact]
    public async Task The_theme_toggle_switches_to_dark_and_remembers_the_choice()
    {
        await using var visit = await site.OpenAsync(Chapter);
        var toggle = visit.Page.Locator(".theme-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        var light = await Background(visit.Page);

        await toggle.FocusAsync();
        await visit.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        var dark = await Background(visit.Page);
        Assert.NotEqual(light, dark);

        await visit.GoAsync("/faq/");
        Assert.Equal(dark, await Background(visit.Page));
        Assert.Equal("true", await visit.Page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
    }

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");
}
