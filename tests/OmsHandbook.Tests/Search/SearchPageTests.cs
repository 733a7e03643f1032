using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Search;

/// <summary>The search box on every page and the /search/ page, as they work before any script runs.</summary>
[Trait("Tier", "Site")]
public sealed class SearchPageTests
{
    [Fact]
    public async Task Every_page_has_a_labelled_search_box_that_submits_to_the_search_page_and_loads_its_script()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        foreach (var path in new[] { "index.html", "symptoms/index.html", "glossary/index.html", "404.html" })
        {
            var page = Build.Page(handbook.Output, path);
            var form = Assert.Single(page.QuerySelectorAll("header form[role=search]"));
            Assert.Equal("/search/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[type=search][name=q]")!;
            Assert.Equal("Search the handbook", form.QuerySelector($"label[for={input.Id}]")?.TextContent);
            Assert.NotNull(form.QuerySelector("[role=status]"));
            Assert.True(File.Exists(Path.Combine(handbook.Output, form.GetAttribute("data-search-index")!.TrimStart('/'))));
            Assert.Equal("/search/#search-browse", form.GetAttribute("data-search-browse"));

            var script = Assert.Single(page.QuerySelectorAll("script[src*=\"/search.\"]"));
            Assert.Equal("module", script.GetAttribute("type"));
            Assert.Matches(@"^/assets/search\.[0-9a-f]{10}\.js$", script.GetAttribute("src"));
            Assert.True(File.Exists(Path.Combine(handbook.Output, script.GetAttribute("src")!.TrimStart('/'))));
        }
    }

    [Fact]
    public async Task Without_javascript_the_search_page_lists_headings_questions_and_glossary_names_a_to_z()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        var page = Build.Page(handbook.Output, "search/index.html");

        Assert.Equal("Search the handbook", page.QuerySelector("h1")?.TextContent);
        var form = page.QuerySelector("main form[role=search]")!;
        // Where the script sends a reader whose search found nothing or could not run.
        Assert.Equal("/search/#search-browse", form.GetAttribute("data-search-browse"));
        Assert.Equal("Browse the handbook A to Z", page.GetElementById("search-browse")?.TextContent);
        Assert.Equal("page", form.GetAttribute("data-search-mode"));
        Assert.Equal("q", form.QuerySelector("input[type=search]")?.GetAttribute("name"));

        var links = page.QuerySelectorAll(".search-browse__list li")
            .Select(li => (Text: li.QuerySelector("a")!.TextContent, Href: li.QuerySelector("a")!.GetAttribute("href"), Where: li.QuerySelector(".search-browse__where")!.TextContent))
            .ToList();
        Assert.Contains(("Eye movements", "/symptoms/#eye-movements", "Symptoms"), links);
        Assert.Contains(("Symptoms", "/symptoms/", "Chapter"), links);
        Assert.Contains(("Is OMS inherited?", "/faq/#is-oms-inherited", "Questions and answers"), links);
        Assert.Contains(("Opsoclonus", "/glossary/#term-opsoclonus", "Glossary"), links);
        Assert.Contains(("dancing eyes", "/glossary/#term-opsoclonus", "Glossary: see Opsoclonus"), links);
        var texts = links.Select(l => l.Text.ToLowerInvariant()).ToList();
        Assert.Equal(texts.Order(StringComparer.Ordinal), texts);

        var letters = page.QuerySelectorAll(".search-browse h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["D", "E", "G", "I", "M", "O", "S", "T", "W"], letters);
        Assert.Equal(letters, page.QuerySelectorAll(".search-browse nav a").Select(a => a.TextContent.Replace("Entries starting with ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_search_page_is_in_the_sitemap()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        Assert.Contains("<loc>https://example.org/search/</loc>", File.ReadAllText(Path.Combine(handbook.Output, "sitemap.xml")), StringComparison.Ordinal);
    }
}
