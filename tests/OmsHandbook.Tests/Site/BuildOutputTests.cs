using System.Text.Json;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>What a build writes, and what it leaves alone when it fails.</summary>
[Trait("Tier", "Site")]
public sealed class BuildOutputTests
{
    [Fact]
    public async Task The_same_input_built_twice_is_byte_identical()
    {
        using var handbook = new SmallHandbook();
        using var second = new TempFolder();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        Assert.True((await Build.Run(handbook.Input, second.Path)).Succeeded);
        Assert.Equal(SiteSnapshot.Of(handbook.Output), SiteSnapshot.Of(second.Path));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        var before = SiteSnapshot.Of(handbook.Output);

        handbook.Write("chapters/02-treatment.md", "---\ntitle: Treatment\ndescription: How.\nlast_reviewed: 2026-10-01\n---\nSee [x](01-symptoms.md#no-such-heading).\n\n## Medicines\n");
        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.False(result.Succeeded);
        Assert.Equal(before, SiteSnapshot.Of(handbook.Output));
        var parent = Path.GetDirectoryName(handbook.Output)!;
        Assert.Equal(["input", "output"], Directory.EnumerateDirectories(parent).Select(d => Path.GetFileName(d)).Order().ToArray());
    }

    [Fact]
    public async Task A_successful_build_replaces_the_output_and_leaves_no_temporary_folders()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        File.WriteAllText(Path.Combine(handbook.Output, "stale.html"), "old");
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        Assert.False(File.Exists(Path.Combine(handbook.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(handbook.Output, "symptoms", "index.html")));
        Assert.Equal(2, Directory.EnumerateDirectories(Path.GetDirectoryName(handbook.Output)!).Count());
    }

    [Fact]
    public async Task Front_matter_aliases_become_redirects()
    {
        using var handbook = new SmallHandbook();
        await Build.Run(handbook.Input, handbook.Output);
        Assert.Equal("/signs/ /symptoms/ 301\n", File.ReadAllText(Path.Combine(handbook.Output, "_redirects")));
    }

    [Fact]
    public async Task A_named_reviewer_is_shown_and_carried_in_the_structured_data()
    {
        using var handbook = new SmallHandbook();
        await Build.Run(handbook.Input, handbook.Output);
        var page = Build.Page(handbook.Output, "treatment/index.html");
        var dates = page.QuerySelector(".review-date")!.TextContent;
        Assert.Contains("Clinically reviewed by Dr Example, paediatric neurologist.", dates);
        Assert.Contains("Page last reviewed: 1 October 2026", dates);
        Assert.Contains("Next review due: 1 April 2027", dates);
        Assert.DoesNotContain("Last updated", dates);
        Assert.Null(page.QuerySelector(".review-notice"));
        Assert.Equal("2027-04-01", page.QuerySelectorAll(".review-date time")[1].GetAttribute("datetime"));
        Assert.Equal("For clinicians", page.QuerySelector(".audience-label")!.TextContent.Replace("Written for: ", ""));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Dr Example, paediatric neurologist", json.RootElement.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Equal("2026-10-01", json.RootElement.GetProperty("lastReviewed").GetString());
        Assert.Equal("Clinician", json.RootElement.GetProperty("medicalAudience").GetProperty("audienceType").GetString());
    }

    [Fact]
    public async Task Without_a_reviewer_the_page_says_it_awaits_clinical_review_and_next_review_defaults_to_a_year()
    {
        using var handbook = new SmallHandbook();
        await Build.Run(handbook.Input, handbook.Output);
        var page = Build.Page(handbook.Output, "symptoms/index.html");
        Assert.Contains("Awaiting clinical review", page.QuerySelector(".review-notice")!.TextContent);
        Assert.Equal(["2026-11-01", "2027-11-01"], page.QuerySelectorAll(".review-date time").Select(t => t.GetAttribute("datetime") ?? "").ToArray());
    }

    [Fact]
    public async Task Without_a_reviewer_the_dates_are_the_editors_and_the_structured_data_claims_no_review()
    {
        using var handbook = new SmallHandbook();
        await Build.Run(handbook.Input, handbook.Output);
        foreach (var path in new[] { "symptoms/index.html", "print/index.html" })
        {
            var dates = Build.Page(handbook.Output, path).QuerySelector(".review-date")!.TextContent;
            Assert.Contains("Last updated: 1 November 2026", dates);
            Assert.Contains("Next check by the editors: 1 November 2027", dates);
            Assert.DoesNotContain("reviewed:", dates, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Next review", dates, StringComparison.OrdinalIgnoreCase);
        }

        var page = Build.Page(handbook.Output, "symptoms/index.html");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(json.RootElement.TryGetProperty("reviewedBy", out _));
        Assert.False(json.RootElement.TryGetProperty("lastReviewed", out _));
    }

    [Fact]
    public async Task The_base_url_can_be_overridden_for_previews()
    {
        using var handbook = new SmallHandbook();
        await Build.Run(handbook.Input, handbook.Output, "https://preview.example.net/");
        var page = Build.Page(handbook.Output, "symptoms/index.html");
        Assert.Equal("https://preview.example.net/symptoms/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("https://preview.example.net/faq/", File.ReadAllText(Path.Combine(handbook.Output, "sitemap.xml")));
    }

    [Fact]
    public async Task Faq_answers_and_glossary_definitions_cite_into_their_own_page_sources()
    {
        using var handbook = new SmallHandbook();
        await Build.Run(handbook.Input, handbook.Output);
        var faq = Build.Page(handbook.Output, "faq/index.html");
        Assert.Equal(["what-is-oms", "is-oms-inherited"], faq.QuerySelectorAll(".faq-item h2").Select(h => h.Id ?? "").ToArray());
        Assert.Equal(2, faq.QuerySelectorAll(".sources li").Length);
        Assert.Equal("/symptoms/", faq.QuerySelector(".faq-related a")!.GetAttribute("href"));
        var glossary = Build.Page(handbook.Output, "glossary/index.html");
        Assert.Equal(["term-myoclonus", "term-opsoclonus"], glossary.QuerySelectorAll("dfn").Select(d => d.Id ?? "").ToArray());
        Assert.Equal("#term-myoclonus", glossary.QuerySelector("#term-opsoclonus")!.Closest("article")!.QuerySelector(".glossary-see-also a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Print_ids_stay_unique_when_chapters_share_heading_names()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/02-treatment.md", "---\ntitle: Treatment\ndescription: How.\nlast_reviewed: 2026-10-01\n---\n## Eye movements\n\nSee [the other](01-symptoms.md#eye-movements) [@smith2020].\n\n## Medicines\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        var print = Build.Page(handbook.Output, "print/index.html");
        Assert.NotNull(print.GetElementById("symptoms--eye-movements"));
        Assert.NotNull(print.GetElementById("treatment--eye-movements"));
        Assert.Equal("#symptoms--eye-movements", print.QuerySelector("#chapter-treatment")!.ParentElement!.QuerySelector(".prose a[href^='#symptoms']")!.GetAttribute("href"));
        Assert.Equal("h3", print.GetElementById("treatment--eye-movements")!.LocalName);
    }
}
