using System.Globalization;
using OmsHandbook.Core;
using OmsHandbook.Site;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>A handbook too long to list every chapter beside every page lists the nearby chapters and has a contents page.</summary>
[Trait("Tier", "Site")]
public sealed class LongHandbookNavigationTests
{
    private const int Chapters = ChapterNavigation.FullListLimit + 10;

    [Fact]
    public async Task Each_page_lists_the_chapters_around_it_and_links_to_a_contents_page_with_all_of_them()
    {
        using var handbook = await LongHandbookAsync();

        var page = Build.Page(handbook.Output, "part-040/index.html");
        var listed = page.QuerySelectorAll("#chapter-navigation ol a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Home", .. Enumerable.Range(35, 11).Select(n => $"Part {n:000}")], listed);
        Assert.Equal("Part 040", page.QuerySelector("#chapter-navigation a[aria-current=page]")?.TextContent);
        var all = page.QuerySelector("#chapter-navigation .chapter-nav-all a");
        Assert.Equal(($"All {Chapters} chapters", EditionPaths.Main.Contents), (all?.TextContent, all?.GetAttribute("href")));

        var first = Build.Page(handbook.Output, "symptoms/index.html").QuerySelectorAll("#chapter-navigation ol a");
        Assert.Equal(["Home", "Symptoms", "Treatment"], first.Take(3).Select(a => a.TextContent));
        Assert.Equal(12, first.Length);

        var contents = Build.Page(handbook.Output, "contents/index.html");
        Assert.Equal("Contents", contents.QuerySelector("h1")?.TextContent);
        Assert.Equal(Chapters, contents.QuerySelectorAll("main ol.contents a").Length);

        // Too long to print as one page: /print/ lists the parts, and a link into another part goes there.
        var print = Build.Page(handbook.Output, "print/index.html");
        Assert.Equal(["/print/1/", "/print/2/", "/print/3/", "/print/4/"], print.QuerySelectorAll("main ol.contents a").Select(a => a.GetAttribute("href")));
        var last = Build.Page(handbook.Output, "print/4/index.html");
        Assert.Equal(Chapters - (3 * PrintEdition.PartSize), last.QuerySelectorAll("main article.print-chapter").Length);
        Assert.Contains(last.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/print/1/#chapter-symptoms");
    }

    [Fact]
    public async Task The_glossary_and_the_search_page_keep_their_lists_short_and_leave_the_rest_to_search()
    {
        using var handbook = await LongHandbookAsync();

        var usedIn = Build.Page(handbook.Output, "glossary/index.html").QuerySelector("#term-opsoclonus")!.Closest("article")!.QuerySelector(".glossary-used-in")!;
        var links = usedIn.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(GlossaryPage.UsedInLimit + 1, links.Count);
        Assert.Equal(("Symptoms", "/symptoms/"), links[0]);
        // Symptoms, every added part and one FAQ answer use the term: as many pages as there are chapters.
        Assert.Equal(($"{Chapters - GlossaryPage.UsedInLimit} more pages", "/search/?q=Opsoclonus"), links[^1]);
        Assert.EndsWith($", and {Chapters - GlossaryPage.UsedInLimit} more pages", usedIn.TextContent.Trim(), StringComparison.Ordinal);

        var search = Build.Page(handbook.Output, "search/index.html");
        var browse = search.QuerySelectorAll(".search-browse__list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/part-040/", browse);
        Assert.DoesNotContain(browse, href => href.StartsWith("/symptoms/#", StringComparison.Ordinal));
        Assert.Contains("Search to find a section of a chapter.", search.QuerySelector(".search-browse p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_handbook_lists_every_chapter_on_every_page_and_has_no_contents_page()
    {
        using var handbook = new SmallHandbook();
        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded);
        var listed = Build.Page(handbook.Output, "faq/index.html").QuerySelectorAll("#chapter-navigation ol a").Select(a => a.TextContent);
        Assert.Equal(["Home", "Symptoms", "Treatment"], listed);
        Assert.False(Directory.Exists(Path.Combine(handbook.Output, "contents")));
    }

    /// <summary>The small handbook and enough more chapters, each using a glossary term, to pass the full-list limit.</summary>
    private static async Task<SmallHandbook> LongHandbookAsync()
    {
        var handbook = new SmallHandbook();
        for (var i = 3; i <= Chapters; i++)
        {
            var number = i.ToString("000", CultureInfo.InvariantCulture);
            handbook.Write($"chapters/{number}-part-{number}.md", $"""
                ---
                title: Part {number}
                description: Part {number} of a long handbook.
                last_reviewed: 2026-11-01
                ---
                Text of part {number} about opsoclonus; see [symptoms](01-symptoms.md).
                """);
        }

        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        return handbook;
    }
}
