using OmsHandbook.Serve;

namespace OmsHandbook.Tests.Serve;

/// <summary>After a build, only the open pages that changed reload: a maintainer reading one page is not thrown back to its top by an edit elsewhere.</summary>
[Trait("Tier", "Unit")]
public sealed class ReloadScopeTests
{
    private static readonly Dictionary<string, byte[]> Before = new(StringComparer.Ordinal)
    {
        ["index.html"] = [1],
        ["symptoms/index.html"] = [2],
        ["print/2/index.html"] = [3],
        ["404.html"] = [4],
        ["assets/site.0123abcd.css"] = [5],
        ["search/index.json"] = [6],
        ["assets/search/terms.0123abcd.json"] = [7],
        ["sitemap.xml"] = [8],
    };

    [Fact]
    public void Pages_whose_html_changed_or_went_are_named_by_their_address()
    {
        var after = Changed(("index.html", [9]), ("print/2/index.html", [9]));
        after.Remove("symptoms/index.html");

        Assert.Equal(["/", "/print/2/", "/symptoms/"], ReloadScope.Between(Before, after));
    }

    [Fact]
    public void The_search_index_and_files_no_page_loads_reload_nothing()
    {
        var after = Changed(("search/index.json", [9]), ("assets/search/terms.0123abcd.json", [9]), ("sitemap.xml", [9]));

        Assert.Equal([], ReloadScope.Between(Before, after));
    }

    [Theory]
    [InlineData("assets/site.0123abcd.css")]
    [InlineData("404.html")]
    [InlineData("media/scan.png")]
    public void What_every_page_loads_or_shows_reloads_every_page(string path)
    {
        Assert.Null(ReloadScope.Between(Before, Changed((path, [9]))));
    }

    [Fact]
    public void Equal_bytes_in_new_arrays_are_no_change()
    {
        Assert.Equal([], ReloadScope.Between(Before, Changed(("symptoms/index.html", [2]))));
    }

    private static Dictionary<string, byte[]> Changed(params (string Path, byte[] Content)[] changes)
    {
        var after = new Dictionary<string, byte[]>(Before, StringComparer.Ordinal);
        foreach (var (path, content) in changes)
        {
            after[path] = content;
        }

        return after;
    }
}
