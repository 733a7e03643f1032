using AngleSharp.Html.Dom;
using OmsHandbook.Bench.Corpus;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Bench;

/// <summary>
/// The benchmark corpus (bench/): the same numbers give the same bytes, and it is a handbook our
/// generator builds cleanly with every feature in use — otherwise the benchmark measures an error path.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class CorpusGeneratorTests
{
    [Fact]
    public void The_same_page_count_and_seed_write_the_same_bytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        CorpusGenerator.WriteTo(first.Path, 25, seed: 7);
        CorpusGenerator.WriteTo(second.Path, 25, seed: 7);

        var files = SiteSnapshot.Of(first.Path);
        Assert.Equal(files, SiteSnapshot.Of(second.Path));
        Assert.Equal(25, files.Keys.Count(k => k.StartsWith("chapters/", StringComparison.Ordinal)));
        Assert.Equal(["faq.yml", "glossary.yml", "index.md", "references.yml", "site.yml"],
            files.Keys.Where(k => !k.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Another_seed_writes_other_chapters()
    {
        static string FirstChapter(int seed) => CorpusGenerator.Generate(5, seed).First(f => f.Path.StartsWith("chapters/", StringComparison.Ordinal)).Text;

        Assert.NotEqual(FirstChapter(1), FirstChapter(2));
    }

    [Fact]
    public void Writing_a_smaller_corpus_over_a_larger_one_leaves_no_old_chapters()
    {
        using var folder = new TempFolder();
        CorpusGenerator.WriteTo(folder.Path, 30);
        CorpusGenerator.WriteTo(folder.Path, 10);

        Assert.Equal(10, Directory.GetFiles(folder.File("chapters")).Length);
    }

    [Fact]
    public void The_hugo_copy_keeps_each_chapter_at_its_url_in_its_order_and_links_to_urls()
    {
        using var folder = new TempFolder();
        CorpusGenerator.WriteTo(folder.File("input"), 12);

        Assert.Equal(13, HugoSite.Convert(folder.File("input"), folder.File("hugo")));

        var chapters = Directory.GetFiles(folder.File("input/chapters")).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < chapters.Count; i++)
        {
            var slug = Path.GetFileNameWithoutExtension(chapters[i]).Split('-', 2)[1];
            var page = File.ReadAllText(folder.File($"hugo/content/{slug}.md"));
            Assert.StartsWith($"---\nweight: {i + 1}\ntitle: ", page, StringComparison.Ordinal);
            Assert.DoesNotContain(".md)", page, StringComparison.Ordinal);
            Assert.DoesNotContain(".md#", page, StringComparison.Ordinal);
        }

        var all = string.Concat(Directory.GetFiles(folder.File("hugo/content")).Select(File.ReadAllText));
        Assert.Matches(@"\]\(/[a-z0-9-]+/#[a-z0-9-]+\)", all);
        Assert.True(File.Exists(folder.File("hugo/hugo.toml")) && File.Exists(folder.File("hugo/nav.toml")));
    }

    /// <summary>The build of a 40-chapter corpus (seconds), in a class of its own so the fast loop leaves it to CI's slow job.</summary>
    [Trait("Tier", "Slow")]
    public sealed class Built
    {
        [Fact]
        public async Task A_generated_corpus_builds_without_errors_or_warnings_and_uses_every_feature()
        {
            using var folder = new TempFolder();
            CorpusGenerator.WriteTo(folder.File("input"), 40);

            var result = await Build.Run(folder.File("input"), folder.File("output"));

            Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
            Assert.Equal(0, result.Diagnostics.WarningCount);
            Assert.Equal(Planner.GlossaryTerms, result.GlossaryTerms);
            Assert.Equal(DataFileWriter.FaqEntries, result.FaqEntries);

            var chapters = Directory.GetFiles(folder.File("input/chapters"))
                .Select(f => Build.Page(folder.File("output"), Path.GetFileNameWithoutExtension(f).Split('-', 2)[1] + "/index.html"))
                .ToList();
            Assert.All(chapters, page => Assert.NotEmpty(page.QuerySelectorAll("main h2")));
            Assert.All(chapters, page => Assert.NotEmpty(page.QuerySelectorAll("main a.glossary-link")));
            Assert.All(chapters, page => Assert.NotEmpty(page.QuerySelectorAll("main sup.citation")));
            Assert.Contains(chapters, page => page.QuerySelector("main table") is not null);
            Assert.Contains(chapters, page => page.QuerySelector("main .prose ul") is not null);
            Assert.Contains(chapters, page => page.QuerySelector("main .prose ol") is not null);
            Assert.Contains(chapters, page => page.QuerySelector("main .care-card") is not null);
            Assert.Contains(chapters, page => page.QuerySelector("main h3") is not null);
            Assert.True(chapters.Sum(OtherChapterHeadingLinks) >= chapters.Count, "expected about one link per chapter to a heading of another chapter");
        }
    }

    private static int OtherChapterHeadingLinks(IHtmlDocument page) =>
        page.QuerySelectorAll(".prose a[href^='/'][href*='/#']")
            .Count(a => !a.GetAttribute("href")!.StartsWith("/glossary/", StringComparison.Ordinal));
}
