using AngleSharp.Html.Dom;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>The real handbook's Spanish edition, as built: every page paired with its English page both ways, in Spanish, honest about being a translation.</summary>
[Trait("Tier", "Site")]
public sealed class SpanishEditionTests(RealHandbookFixture site) : IClassFixture<RealHandbookFixture>
{
    [Fact]
    public void Every_english_page_links_to_its_spanish_page_and_back()
    {
        var english = site.EnglishPages.Where(p => p.Key != "404.html").ToList();
        Assert.True(english.Count >= 30, $"only {english.Count} English pages");
        foreach (var (path, page) in english)
        {
            var toSpanish = page.QuerySelector(".language-switch a[hreflang=es]");
            Assert.True(toSpanish is not null, path + " has no link to Spanish");
            Assert.True(toSpanish!.QuerySelector(".language-switch__note") is null, path + " has no Spanish translation");
            var spanishPath = toSpanish.GetAttribute("href")!;
            Assert.StartsWith("/es/", spanishPath, StringComparison.Ordinal);
            var spanish = site.SpanishPages[OutputPathOf(spanishPath)["es/".Length..]];
            Assert.Equal("/" + (path == "index.html" ? "" : path[..^"index.html".Length]), spanish.QuerySelector(".language-switch a[hreflang=en-GB]")!.GetAttribute("href"));
            Assert.Equal(Alternates(page), Alternates(spanish));
        }
    }

    [Fact]
    public void Every_spanish_page_is_in_spanish_with_a_unique_title_one_main_and_the_urgent_help_link()
    {
        Assert.True(site.SpanishPages.Count >= 30, $"only {site.SpanishPages.Count} Spanish pages");
        foreach (var (path, page) in site.SpanishPages)
        {
            Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("main"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal("Saltar al contenido principal", page.QuerySelector("a.skip-link")!.TextContent);
            var urgent = page.QuerySelector("header.site-header a.urgent-help-link")!;
            Assert.True(("/es/ayuda-urgente/", "Ayuda urgente") == (urgent.GetAttribute("href"), urgent.TextContent), path);
        }

        var titles = site.SpanishPages.Values.Select(p => p.Title).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public void Every_spanish_chapter_says_it_is_an_unchecked_translation_and_none_is_behind()
    {
        var chapters = site.SpanishPages.Where(p => p.Key.EndsWith("/index.html", StringComparison.Ordinal) && p.Value.QuerySelector(".review-date") is not null && !p.Key.StartsWith("print/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(RepoPaths.Input, "es", "chapters"), "*.md").Length, chapters.Count);
        foreach (var (path, page) in chapters)
        {
            var notice = page.QuerySelector(".translation-notice");
            Assert.True(notice is not null, path + " does not say it is a translation");
            Assert.Contains("ninguna de las dos ediciones ha tenido todavía una revisión clínica", notice!.TextContent, StringComparison.Ordinal);
            Assert.Null(notice.QuerySelector(".translation-notice__behind"));
        }
    }

    [Fact]
    public void The_spanish_faq_and_glossary_say_they_are_translations_and_every_answer_and_definition_is_current()
    {
        foreach (var path in new[] { "faq/index.html", "glossary/index.html" })
        {
            var notice = site.SpanishPages[path].QuerySelector(".translation-notice");
            Assert.True(notice is not null, path + " does not say it is a translation");
            Assert.Null(notice!.QuerySelector(".translation-notice__behind"));
        }
    }

    [Fact]
    public void Spanish_emergency_numbers_are_tap_to_call_links()
    {
        var card = site.SpanishPages["ayuda-urgente/index.html"].QuerySelector(".care-card--emergency")!;
        var calls = card.QuerySelectorAll("a[href^='tel:']").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "tel:112", "tel:911" }, calls);
    }

    private static string OutputPathOf(string urlPath) => urlPath.TrimStart('/') + (urlPath.EndsWith('/') ? "index.html" : "");

    private static string[] Alternates(IHtmlDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")).ToArray();
}
