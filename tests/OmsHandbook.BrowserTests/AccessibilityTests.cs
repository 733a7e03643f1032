using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>axe-core finds no WCAG 2.2 AA violation on any page, in either colour scheme, on a phone or a desktop.</summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData(ColorScheme.Light, 320)]
    [InlineData(ColorScheme.Dark, 320)]
    [InlineData(ColorScheme.Light, 1280)]
    [InlineData(ColorScheme.Dark, 1280)]
    public async Task Every_page_has_no_axe_violations(ColorScheme scheme, int width)
    {
        var problems = new List<string>();
        await using var visit = await site.StartAsync(new VisitOptions(Width: width, ColorScheme: scheme));
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            problems.AddRange((await Axe.ViolationsAsync(visit.Page)).Select(v => $"{path}: {v}"));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} axe violations ({scheme}, {width} px):\n" + string.Join('\n', problems));
    }
}
