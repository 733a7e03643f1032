using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>Every page carries Open Graph and Twitter card tags, so a link sent in a chat shows what it is (issue 21.6).</summary>
[Trait("Tier", "Site")]
public sealed class ShareCardTests
{
    [Fact]
    public async Task Every_page_says_its_own_title_description_and_address_and_shows_the_share_picture()
    {
        using var handbook = new SmallHandbook();
        Directory.CreateDirectory(Path.Combine(handbook.Input, "media"));
        File.WriteAllBytes(Path.Combine(handbook.Input, "media", "share.png"), [0x89, 0x50, 0x4E, 0x47]);
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        var pages = Directory.EnumerateFiles(handbook.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            var head = Build.Page(handbook.Output, Path.GetRelativePath(handbook.Output, path)).Head!;
            string? Meta(string selector) => head.QuerySelector(selector)?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")), path);
            Assert.Equal(Meta("meta[name=description]"), Meta("meta[property='og:description']"));
            Assert.Equal(head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("meta[property='og:url']"));
            Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
            Assert.EndsWith("/media/share.png", Meta("meta[property='og:image']"), StringComparison.Ordinal);
            Assert.StartsWith("https://", Meta("meta[property='og:image']"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:image:alt']")), path);
            Assert.Equal(Meta("meta[property='og:image']"), Meta("meta[name='twitter:image']"));
        }

        var symptoms = Build.Page(handbook.Output, "symptoms/index.html").Head!;
        Assert.StartsWith("Symptoms", symptoms.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_share_picture_the_card_is_a_small_summary_with_no_image()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        var head = Build.Page(handbook.Output, "symptoms/index.html").Head!;
        Assert.Equal("summary", head.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.Null(head.QuerySelector("meta[property='og:image']"));
    }
}
