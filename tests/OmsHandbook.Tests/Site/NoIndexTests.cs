using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>`--noindex` (deploy previews) keeps search engines away; a production build is indexable.</summary>
[Trait("Tier", "Site")]
public sealed class NoIndexTests
{
    [Fact]
    public async Task A_noindex_build_writes_x_robots_tag_for_every_path_and_a_robots_meta_tag_on_every_page()
    {
        using var handbook = new SmallHandbook();
        var (code, stdout, _) = await Build.Cli("build", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument, "--noindex");

        Assert.True(code == 0, stdout);
        Assert.Equal("/*\n  X-Robots-Tag: noindex\n", File.ReadAllText(Path.Combine(handbook.Output, "_headers")));
        var pages = Directory.EnumerateFiles(handbook.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var robots = Build.Page(handbook.Output, Path.GetRelativePath(handbook.Output, page)).Head!.QuerySelector("meta[name=robots]");
            Assert.True(robots?.GetAttribute("content") == "noindex", page);
        }
    }

    [Fact]
    public async Task A_production_build_has_no_headers_file_and_no_robots_meta_tag()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        Assert.False(File.Exists(Path.Combine(handbook.Output, "_headers")));
        Assert.Null(Build.Page(handbook.Output, "symptoms/index.html").QuerySelector("meta[name=robots]"));
    }
}
