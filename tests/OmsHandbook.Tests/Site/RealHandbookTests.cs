using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>The real handbook, built into a temporary folder, read back page by page: the English edition (the Spanish one has <see cref="SpanishEditionTests"/>).</summary>
[Trait("Tier", "Site")]
public sealed class RealHandbookTests(RealHandbookFixture site) : IClassFixture<RealHandbookFixture>
{
    /// <summary>Every chapter's page, in file order, from the chapters in input/.</summary>
    public static readonly string[] ChapterSlugs = Directory.GetFiles(Path.Combine(RepoPaths.Input, "chapters"), "*.md")
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .Order(StringComparer.Ordinal)
        .Select(name => name[(name.IndexOf('-', StringComparison.Ordinal) + 1)..])
        .ToArray();

    private static readonly string[] ChapterPages = ChapterSlugs.Select(slug => slug + "/index.html").ToArray();

    private IEnumerable<(string Path, IHtmlDocument Page)> Pages => site.EnglishPages.Select(p => (p.Key, p.Value));

    [Fact]
    public void The_handbook_builds_with_no_warnings_and_no_errors()
    {
        Assert.True(site.Result.Succeeded);
        Assert.Empty(Build.Errors(site.Result));
        Assert.Superset(new HashSet<string>(ChapterPages.Concat(["index.html", "faq/index.html", "glossary/index.html", "print/index.html", "404.html"])),
            site.EnglishPages.Keys.ToHashSet());
    }

    [Fact]
    public void Every_reference_to_an_id_finds_it_on_every_page_the_print_edition_included()
    {
        // The print edition prefixes each chapter's ids; a figure's name (aria-labelledby), its
        // arrowheads (url(#…)) and its reused shapes (href="#…") must follow, or they vanish on paper.
        var checkedReferences = 0;
        foreach (var (path, page) in Pages)
        {
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var element in page.QuerySelectorAll("*"))
            {
                foreach (var attribute in element.Attributes)
                {
                    var targets = attribute.Name is "aria-labelledby" or "aria-describedby"
                        ? attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        : attribute.Name is "href" or "xlink:href" && element.LocalName != "a" && attribute.Value.StartsWith('#') ? [attribute.Value[1..]]
                        : System.Text.RegularExpressions.Regex.Matches(attribute.Value, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value).ToArray();
                    foreach (var target in targets)
                    {
                        checkedReferences++;
                        Assert.True(ids.Contains(target), $"{path}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> names no id on the page");
                    }
                }
            }
        }

        Assert.True(checkedReferences > 50, $"only {checkedReferences} references checked: the figures are not on the pages");
    }

    [Fact]
    public void Every_page_has_a_language_a_unique_title_a_description_and_one_main()
    {
        foreach (var (path, page) in Pages)
        {
            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            Assert.Single(page.QuerySelectorAll("main"));
            Assert.Single(page.QuerySelectorAll("h1"));
        }

        var titles = Pages.Select(p => p.Page.Title).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Equal("Symptoms of OMS – OMS Handbook", site.EnglishPages["symptoms/index.html"].Title);
    }

    [Fact]
    public void The_skip_link_is_the_first_link_and_lands_on_main()
    {
        foreach (var (path, page) in Pages)
        {
            var first = page.QuerySelector("body a[href]")!;
            Assert.Equal("#main-content", first.GetAttribute("href"));
            Assert.Equal("main", page.GetElementById("main-content")?.LocalName);
        }
    }

    [Fact]
    public void Canonical_urls_are_absolute_on_the_base_url()
    {
        Assert.Equal("https://omshandbook.org/symptoms/", site.EnglishPages["symptoms/index.html"].QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://omshandbook.org/", site.EnglishPages["index.html"].QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public void The_navigation_lists_every_chapter_in_order_and_marks_the_current_one()
    {
        var expected = ChapterSlugs.Select(slug => "/" + slug + "/").Prepend("/").ToArray();
        foreach (var (path, page) in Pages)
        {
            var links = page.QuerySelectorAll("nav[aria-label=Chapters] a").Select(a => a.GetAttribute("href")).ToArray();
            Assert.Equal(expected, links);
        }

        var current = site.EnglishPages["symptoms/index.html"].QuerySelectorAll("nav[aria-label=Chapters] [aria-current=page]");
        Assert.Equal("/symptoms/", Assert.Single(current).GetAttribute("href"));
    }

    [Fact]
    public void Chapters_show_contents_review_dates_review_status_edit_link_and_neighbours()
    {
        var page = site.EnglishPages["symptoms/index.html"];
        var toc = page.QuerySelectorAll(".on-this-page a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        var headings = page.QuerySelectorAll(".prose h2[id], .prose h3[id]").Where(h => h.ClassName != "care-card__heading").Select(h => h.Id!).ToList();
        Assert.Equal(headings, toc);

        var times = page.QuerySelectorAll(".review-date time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(2, times.Count);
        Assert.All(times, t => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", t!));
        Assert.Contains("Last updated:", page.QuerySelector(".review-date")!.TextContent);
        Assert.Contains("Next check by the editors:", page.QuerySelector(".review-date")!.TextContent);
        Assert.Contains("awaiting clinical review", page.QuerySelector(".review-date")!.TextContent);

        Assert.Equal("https://github.com/oms-handbook/oms-handbook/edit/main/input/chapters/02-symptoms.md",
            page.QuerySelector(".edit-link a")?.GetAttribute("href"));
        var index = Array.IndexOf(ChapterSlugs, "symptoms");
        Assert.Equal("/" + ChapterSlugs[index - 1] + "/", page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/" + ChapterSlugs[index + 1] + "/", page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public void Every_citation_links_to_an_entry_of_the_pages_sources_with_a_doi_pubmed_or_web_link()
    {
        foreach (var path in ChapterPages)
        {
            var page = site.EnglishPages[path];
            var sources = page.QuerySelectorAll(".sources li").ToList();
            Assert.NotEmpty(sources);
            foreach (var citation in page.QuerySelectorAll(".citation a"))
            {
                Assert.Equal("li", page.GetElementById(citation.GetAttribute("href")![1..])?.LocalName);
            }

            Assert.All(sources, s => Assert.NotEmpty(s.QuerySelectorAll("a[href^='https://']")));
        }
    }

    [Fact]
    public void Chapters_carry_medical_web_page_data_that_matches_the_visible_review_date()
    {
        foreach (var path in ChapterPages)
        {
            var page = site.EnglishPages[path];
            using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            var root = json.RootElement;
            Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
            Assert.Equal("MedicalCondition", root.GetProperty("about").GetProperty("@type").GetString());
            Assert.Contains("Dancing eye syndrome", root.GetProperty("about").GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
            if (root.TryGetProperty("reviewedBy", out _))
            {
                Assert.Equal(page.QuerySelector(".review-date time")!.GetAttribute("datetime"), root.GetProperty("lastReviewed").GetString());
            }
            else
            {
                Assert.False(root.TryGetProperty("lastReviewed", out _), path + " claims a review no clinician made");
            }

            var forClinicians = page.QuerySelector(".audience-label")?.TextContent.Contains("clinicians", StringComparison.OrdinalIgnoreCase) == true;
            Assert.Equal(forClinicians ? "Clinician" : "Patient", root.GetProperty("medicalAudience").GetProperty("audienceType").GetString());
        }
    }

    [Fact]
    public void The_faq_has_a_heading_per_question_and_faq_page_data_matching_the_visible_text()
    {
        var page = site.EnglishPages["faq/index.html"];
        var questions = page.QuerySelectorAll(".faq-item h2").ToList();
        Assert.True(questions.Count >= 10);
        Assert.All(questions, q => Assert.False(string.IsNullOrEmpty(q.Id)));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var entities = json.RootElement.GetProperty("mainEntity").EnumerateArray().ToList();
        Assert.Equal("FAQPage", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(questions.Count, entities.Count);
        for (var i = 0; i < questions.Count; i++)
        {
            Assert.Equal(questions[i].TextContent, entities[i].GetProperty("name").GetString());
            var answer = (IElement)questions[i].ParentElement!.QuerySelector(".faq-answer")!.Clone();
            foreach (var sup in answer.QuerySelectorAll("sup.citation").ToList())
            {
                sup.Remove();
            }

            Assert.Equal(Normalise(answer.TextContent), Normalise(entities[i].GetProperty("acceptedAnswer").GetProperty("text").GetString()!));
        }

        Assert.NotEmpty(page.QuerySelectorAll(".faq-related a[href^='/']"));
    }

    [Fact]
    public void The_faq_covers_the_five_questions_every_reader_asks()
    {
        var questions = site.EnglishPages["faq/index.html"].QuerySelectorAll(".faq-item h2").Select(q => q.TextContent.ToLowerInvariant()).ToList();
        foreach (var topic in new[] { "symptoms", "cause", "diagnosed", "treatment", "complications" })
        {
            Assert.Contains(questions, q => q.Contains(topic));
        }
    }

    [Fact]
    public void The_glossary_lists_terms_a_to_z_with_dfn_ids_and_links_back_to_every_page_that_uses_them()
    {
        var glossary = site.EnglishPages["glossary/index.html"];
        var terms = glossary.QuerySelectorAll("dfn[id]").ToList();
        Assert.True(terms.Count >= 20);
        var names = terms.Select(t => t.TextContent).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);

        foreach (var (path, page) in Pages.Where(p => p.Path != "glossary/index.html" && p.Path != "print/index.html"))
        {
            var pageUrl = "/" + path.Replace("index.html", "");
            foreach (var link in page.QuerySelectorAll("a.glossary-link"))
            {
                var id = link.GetAttribute("href")!.Split('#')[1];
                var entry = glossary.GetElementById(id)!.Closest("article")!;
                var usedIn = entry.QuerySelectorAll(".glossary-used-in a").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToList();
                Assert.Contains(pageUrl, usedIn);
            }
        }
    }

    [Fact]
    public void Glossary_links_are_made_once_per_page_and_never_inside_headings()
    {
        foreach (var path in ChapterPages)
        {
            var page = site.EnglishPages[path];
            var linked = page.QuerySelectorAll("main a.glossary-link").Select(a => a.GetAttribute("data-term")).ToList();
            Assert.Equal(linked.Count, linked.Distinct().Count());
            Assert.Empty(page.QuerySelectorAll("h1 a, h2 a, h3 a, h4 a"));
        }

        Assert.True(site.EnglishPages["symptoms/index.html"].QuerySelectorAll("main a.glossary-link").Length >= 5);
    }

    [Fact]
    public void The_print_edition_holds_every_chapter_in_order_with_in_page_links()
    {
        var print = site.EnglishPages["print/index.html"];
        var titles = print.QuerySelectorAll(".print-chapter > h2").Select(h => h.TextContent).ToList();
        var expected = ChapterPages.Select(p => site.EnglishPages[p].QuerySelector("h1")!.TextContent).ToList();
        Assert.Equal(expected, titles);
        Assert.Empty(print.QuerySelectorAll(string.Join(", ", ChapterSlugs.Select(slug => $".print-chapter a[href^='/{slug}/']"))));
        Assert.Equal(ChapterSlugs.Length, print.QuerySelectorAll(".print-chapter .review-date").Length);
    }

    [Fact]
    public void The_site_files_list_every_page()
    {
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        foreach (var url in ChapterSlugs.Select(slug => "/" + slug + "/").Concat(["/", "/faq/", "/glossary/", "/print/"]))
        {
            Assert.Contains($"<loc>https://omshandbook.org{url}</loc>", sitemap);
        }

        Assert.DoesNotContain("404", sitemap);
        Assert.Contains("Sitemap: https://omshandbook.org/sitemap.xml", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "_redirects")));
        Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.css$", site.EnglishPages["404.html"].QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!);
    }

    [Fact]
    public void Every_chapter_weighs_at_most_40_kb_compressed_with_its_stylesheet_and_script()
    {
        foreach (var path in ChapterPages)
        {
            var page = site.EnglishPages[path];
            var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Select(href => File.ReadAllBytes(Path.Combine(site.Output, href.TrimStart('/'))));
            var bytes = GzipLength(File.ReadAllBytes(Path.Combine(site.Output, path))) + assets.Sum(GzipLength);
            Assert.True(bytes <= 40 * 1024, $"/{path} weighs {bytes} bytes compressed with its CSS and JavaScript");
        }
    }

    private static int GzipLength(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return (int)buffer.Length;
    }

    [Fact]
    public void No_page_carries_inline_scripts_or_styles()
    {
        foreach (var (path, page) in Pages)
        {
            Assert.Empty(page.QuerySelectorAll("style, [style], script:not([type='application/ld+json']):not([src])"));
            Assert.All(page.QuerySelectorAll("script[src]"), s =>
            {
                Assert.Matches(@"^/assets/(site|search)\.[0-9a-f]{10}\.js$", s.GetAttribute("src")!);
                Assert.Empty(s.TextContent);
            });
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Nothing_a_page_loads_comes_from_another_site()
    {
        // Everything a browser fetches by itself; links a reader chooses to follow may leave the site.
        const string Fetched = "script[src], link:not([rel=canonical]):not([rel=alternate])[href], img, source, iframe, video, audio, object, embed, track";
        foreach (var (path, page) in Pages)
        {
            foreach (var element in page.QuerySelectorAll(Fetched))
            {
                var url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("data") ?? "";
                Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal),
                    $"{path}: <{element.LocalName}> loads '{url}', which is not an address on this site");
                Assert.Null(element.GetAttribute("srcset"));
            }
        }
    }

    [Fact]
    public void Every_page_header_links_to_urgent_help_and_the_home_page_lists_it_first_under_start_here()
    {
        foreach (var (path, page) in Pages)
        {
            Assert.True(page.QuerySelector("header.site-header a.urgent-help-link[href='/urgent-help/']") is not null, path + " has no urgent-help link in its header");
        }

        var home = site.EnglishPages["index.html"];
        var startHere = home.QuerySelectorAll(".prose h2").Single(h => h.TextContent.Trim() == "Start here");
        var list = startHere.NextElementSibling;
        Assert.Equal("ul", list?.LocalName);
        Assert.Equal("/urgent-help/", list!.QuerySelector("li a")!.GetAttribute("href"));
    }

    [Fact]
    public void Emergency_numbers_in_emergency_cards_are_tap_to_call_links()
    {
        foreach (var slug in new[] { "urgent-help", "symptoms" })
        {
            var card = site.EnglishPages[slug + "/index.html"].QuerySelector(".care-card--emergency")!;
            var calls = card.QuerySelectorAll("a[href^='tel:']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToArray();
            Assert.Contains(("tel:999", "999"), calls);
            Assert.Contains(("tel:112", "112"), calls);
            Assert.Contains(("tel:911", "911"), calls);
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
