using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>site.yml's optional urgent_help: a header link on every page when set, nothing when not, an error when it names no chapter.</summary>
[Trait("Tier", "Site")]
public sealed class UrgentHelpLinkTests
{
    private static string Site(string urgentHelp) => $"""
        title: Test Handbook
        description: A handbook for tests.
        base_url: https://example.org
        urgent_help: {urgentHelp}
        """;

    [Fact]
    public async Task With_urgent_help_set_every_page_header_links_to_it_before_the_search_box()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("site.yml", Site("02-treatment.md"));
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));

        var pages = Directory.GetFiles(handbook.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 6);
        foreach (var path in pages)
        {
            var header = Build.Page(handbook.Output, Path.GetRelativePath(handbook.Output, path)).QuerySelector("header.site-header")!;
            var link = header.QuerySelector("a.urgent-help-link");
            Assert.True(link is not null, path + " has no urgent-help link in its header");
            Assert.Equal("/treatment/", link.GetAttribute("href"));
            Assert.Equal("Urgent help", link.TextContent);
            Assert.Null(link.Closest("details, [hidden], nav"));
            var order = header.QuerySelectorAll("a.urgent-help-link, form.site-search").Select(e => e.LocalName).ToArray();
            Assert.Equal(["a", "form"], order);
        }
    }

    [Fact]
    public async Task Without_urgent_help_the_site_builds_and_no_header_has_the_link()
    {
        using var handbook = new SmallHandbook();
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.Null(Build.Page(handbook.Output, "symptoms/index.html").QuerySelector(".urgent-help-link"));
    }

    [Fact]
    public async Task Urgent_help_naming_no_chapter_is_an_error_at_its_value_with_a_suggestion()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("site.yml", Site("02-treatmnt.md"));
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.False(result.Succeeded);
        var error = Build.Sole(result, DiagnosticCodes.UnknownUrgentHelpPage);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("site.yml", error.Location.File, StringComparison.Ordinal);
        Assert.Equal((4, 14), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean '02-treatment.md'?", error.Message, StringComparison.Ordinal);
    }
}
