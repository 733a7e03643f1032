using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// Writes screenshots of the main kinds of page, phone and desktop, light and dark, for people to
/// look at (a current set lives in docs/screenshots). Set OMS_SCREENSHOTS to choose the folder.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("chapter", "/symptoms/"),
        ("glossary", "/glossary/"),
        ("faq", "/faq/"),
        ("search", "/search/"),
    ];

    public static string Folder => Environment.GetEnvironmentVariable("OMS_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    [BrowserTheory]
    [InlineData(375, 812, ColorScheme.Light)]
    [InlineData(375, 812, ColorScheme.Dark)]
    [InlineData(1280, 800, ColorScheme.Light)]
    [InlineData(1280, 800, ColorScheme.Dark)]
    public async Task Screenshots_of_each_kind_of_page_are_written(int width, int height, ColorScheme scheme)
    {
        Directory.CreateDirectory(Folder);
        await using var visit = await site.StartAsync(new VisitOptions(Width: width, Height: height, ColorScheme: scheme));
        foreach (var (name, path) in Pages.Where(p => site.Pages.Contains(p.Path)))
        {
            await visit.GoAsync(path);
            var file = Path.Combine(Folder, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
            await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
            Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
        }
    }
}
