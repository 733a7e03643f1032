using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>What every page does in a real browser: fits a phone, logs no errors, asks nothing of other sites.</summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class PageBehaviourTests(BrowserSite site)
{
    [BrowserFact]
    public async Task No_page_scrolls_sideways_at_320_pixels()
    {
        var wide = new List<string>();
        await using var visit = await site.StartAsync(new VisitOptions(Width: 320));
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            var (scroll, client) = await Widths(visit.Page);
            if (scroll > client)
            {
                wide.Add($"{path}: content is {scroll} px wide in a {client} px window");
            }
        }

        Assert.True(wide.Count == 0, string.Join('\n', wide));
    }

    [BrowserFact]
    public async Task Every_figures_text_is_at_least_14_pixels_high_at_320_pixels_wide()
    {
        // Text in an SVG shrinks with the drawing: its size on screen is its font size times the
        // drawing's scale, which a narrow phone makes smallest.
        var small = new List<string>();
        var seen = 0;
        await using var visit = await site.StartAsync(new VisitOptions(Width: 320));
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            var sizes = await visit.Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('figure svg')].flatMap(svg => {
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  return [...svg.querySelectorAll('text')].map(t =>
                    `${(parseFloat(getComputedStyle(t).fontSize) * scale).toFixed(1)} ${t.textContent.trim()}`);
                })
                """);
            seen += sizes.Length;
            small.AddRange(sizes.Where(s => double.Parse(s.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) < 14).Select(s => $"{path}: {s}"));
        }

        Assert.True(seen > 20, $"only {seen} texts in figures: the figures are not on the pages");
        Assert.True(small.Count == 0, string.Join('\n', small));
    }

    [BrowserFact]
    public async Task Every_page_loads_without_console_errors_and_requests_nothing_from_other_sites()
    {
        var problems = new List<string>();
        await using var visit = await site.StartAsync();
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            problems.AddRange(visit.ConsoleErrors.Select(e => $"{path}: console error: {e}"));
            problems.AddRange(visit.Requests
                .Where(url => !url.StartsWith(site.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
                .Select(url => $"{path}: third-party request to {url}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static async Task<(int Scroll, int Client)> Widths(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
