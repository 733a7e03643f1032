using System.Text.RegularExpressions;
using OmsHandbook.Core;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;
using OmsHandbook.Theme;

namespace OmsHandbook.Tests.Robustness;

/// <summary>
/// Every id on a page is non-empty and its own: content never takes an id the layout writes (the
/// page's script and skip links find theirs), and numbering repeats stays linear however many there are.
/// </summary>
[Trait("Tier", "Site")]
public sealed partial class IdTests
{
    [GeneratedRegex("""\bid="(?<id>[a-z][a-z0-9-]*)"(?=[\s>/])""")]
    private static partial Regex LiteralId();

    [Fact]
    public void Every_id_a_template_writes_as_it_is_is_reserved()
    {
        var templates = Directory.GetFiles(Path.Combine(RepoPaths.Root, "theme", "OmsHandbook.Theme"), "*.razor", SearchOption.AllDirectories);
        var written = templates.SelectMany(t => LiteralId().Matches(File.ReadAllText(t)).Select(m => m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("glossary-tips", written);
        Assert.DoesNotContain(written, id => !LayoutIds.IsReserved(id));
    }

    [Fact]
    public async Task Headings_named_like_the_layouts_ids_get_ids_of_their_own()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-tips.md", """
            ---
            title: Tips
            description: Tips.
            last_reviewed: 2026-11-01
            ---
            Tips on opsoclonus [@smith2020].

            ## Glossary tips

            ## Search browse

            ## Source 1

            ## Main content
            """);

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        var page = Build.Page(handbook.Output, "tips/index.html");
        Assert.Equal(["glossary-tips-2", "search-browse-2", "source-1-2", "main-content-2"], page.QuerySelectorAll("article h2, main h2").Select(h => h.Id).Where(id => id is not (null or "sources" or "on-this-page")).Distinct());
        Assert.Single(page.QuerySelectorAll("[id='glossary-tips']"));
        Assert.Equal("MAIN", page.GetElementById("main-content")!.TagName);
        Assert.Equal("LI", page.GetElementById("source-1")!.TagName);
    }

    [Theory]
    [InlineData("- question: 什么？\n  answer: Yes [@smith2020].\n", "has none")]
    [InlineData("- question: Где?\n  answer: Yes [@smith2020].\n", "has none")]
    [InlineData("- id: main-content\n  question: Where is it?\n  answer: Yes [@smith2020].\n", "uses itself")]
    [InlineData("- id: site-search\n  question: Where is it?\n  answer: Yes [@smith2020].\n", "uses itself")]
    public async Task A_faq_entry_whose_id_would_be_empty_or_the_layouts_is_an_error_at_its_line(string faq, string message)
    {
        using var handbook = new SmallHandbook();
        handbook.Write("faq.yml", faq);

        var result = await Build.Run(handbook.Input, handbook.Output);

        var diagnostic = Build.Sole(result, DiagnosticCodes.DuplicateFaqId);
        Assert.Contains(message, diagnostic.Message);
        Assert.EndsWith("faq.yml", diagnostic.Location.File);
        Assert.Equal(1, diagnostic.Location.Line);
        Assert.False(Directory.Exists(handbook.Output));
    }

    [Fact]
    public async Task Two_glossary_terms_with_one_address_are_an_error_not_a_crash()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("glossary.yml", "- term: Opsoclonus\n  definition: Eyes.\n- term: \"Opsoclonus?\"\n  definition: Eyes again.\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        var diagnostic = Build.Sole(result, DiagnosticCodes.DuplicateGlossaryName);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("same address on the glossary page (#term-opsoclonus)", diagnostic.Message);
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.InternalError);
    }

    /// <summary>The slow case (a 40,000-heading chapter, seconds where the others take milliseconds), in a class of its own so the fast loop leaves it to CI's slow job.</summary>
    [Trait("Tier", "Slow")]
    public sealed class Large
    {
        [Fact]
        public async Task Forty_thousand_identical_headings_are_numbered_in_linear_time()
        {
            using var handbook = new SmallHandbook();
            handbook.Write("chapters/03-same.md", "---\ntitle: Same\ndescription: Same.\nlast_reviewed: 2026-11-01\n---\nSame [@smith2020].\n\n"
                + string.Concat(Enumerable.Repeat("## Same\n\n", 40_000)));

            // The fuzz test's limit for one build; numbering from "-2" for every heading took minutes.
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var result = await new SiteBuilder().BuildAsync(new BuildOptions(handbook.Input, handbook.Output, Build.Today) { WriteOutput = false }, limit.Token);

            Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result).Take(5)));
            var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "same/index.html").Content);
            Assert.Contains("id=\"same-40000\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"same-40001\"", page, StringComparison.Ordinal);
        }
    }
}
