using OmsHandbook.Checks;
using OmsHandbook.Core;

namespace OmsHandbook.Tests.Checks;

/// <summary>Small broken sites that show each check fails when it should, and names where.</summary>
[Trait("Tier", "Unit")]
public sealed class SiteCheckerTests
{
    private const string Head = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>T</title><meta name=\"description\" content=\"D\"></head><body>";
    private const string Tail = "</body></html>";

    private static IReadOnlyList<Diagnostic> Check(params (string Path, string Body)[] pages) => CheckWith(new Memo<PageScan>(), pages);

    private static IReadOnlyList<Diagnostic> CheckWith(Memo<PageScan> cache, params (string Path, string Body)[] pages)
    {
        var files = pages.Select(p => OutputFile.Text(p.Path, p.Body.StartsWith('<') && p.Body.StartsWith("<!DOCTYPE", StringComparison.Ordinal) ? p.Body : Head + p.Body + Tail)).ToList();
        var diagnostics = new DiagnosticBag();
        SiteChecker.Check(files, new Dictionary<string, string> { ["index.html"] = "input/index.md" }, "output", diagnostics, cache);
        return diagnostics.Sorted();
    }

    [Fact]
    public void A_second_check_of_the_same_site_parses_nothing_and_reports_the_same()
    {
        var cache = new Memo<PageScan>();
        (string, string)[] site = [("index.html", "<h1>Home</h1><a href=\"/nowhere/\">x</a>"), ("faq/index.html", "<h1 id=\"q\">FAQ</h1>")];

        var first = CheckWith(cache, site);
        Assert.Equal(2, cache.Made);
        var second = CheckWith(cache, site);

        Assert.Equal(0, cache.Made);
        Assert.Equal(first, second);
        Assert.Equal(DiagnosticCodes.BrokenLink, Assert.Single(second).Code);
    }

    [Fact]
    public void After_one_page_changes_only_it_is_checked_again()
    {
        var cache = new Memo<PageScan>();
        CheckWith(cache, ("index.html", "<h1>Home</h1><a href=\"/faq/#q\">q</a>"), ("faq/index.html", "<h1 id=\"q\">FAQ</h1>"), ("print/index.html", "<h1>Print</h1>"));

        var found = CheckWith(cache, ("index.html", "<h1>Home</h1><a href=\"/faq/#q\">q</a>"), ("faq/index.html", "<h1 id=\"q\">FAQ</h1>"), ("print/index.html", "<h1>Print</h1><h3>Skipped</h3>"));

        Assert.Equal(1, cache.Made);
        Assert.Equal(DiagnosticCodes.SkippedHeadingLevel, Assert.Single(found).Code);
    }

    [Fact]
    public void An_unchanged_page_is_checked_again_when_an_id_it_links_to_disappears()
    {
        var cache = new Memo<PageScan>();
        Assert.Empty(CheckWith(cache, ("index.html", "<h1>Home</h1><a href=\"/faq/#q\">q</a>"), ("faq/index.html", "<h1 id=\"q\">FAQ</h1>")));

        var found = CheckWith(cache, ("index.html", "<h1>Home</h1><a href=\"/faq/#q\">q</a>"), ("faq/index.html", "<h1 id=\"r\">FAQ</h1>"));

        var diagnostic = Assert.Single(found);
        Assert.Equal((DiagnosticCodes.BrokenFragment, "output/index.html"), (diagnostic.Code, diagnostic.Location.File));
    }

    [Fact]
    public void An_unchanged_page_is_checked_again_when_a_page_it_links_to_is_gone()
    {
        var cache = new Memo<PageScan>();
        Assert.Empty(CheckWith(cache, ("index.html", "<h1>Home</h1><a href=\"/faq/\">q</a>"), ("faq/index.html", "<h1>FAQ</h1>")));

        var found = CheckWith(cache, ("index.html", "<h1>Home</h1><a href=\"/faq/\">q</a>"));

        Assert.Equal(DiagnosticCodes.BrokenLink, Assert.Single(found).Code);
    }

    [Fact]
    public void A_clean_site_passes()
    {
        Assert.Empty(Check(
            ("index.html", "<main><h1>Home</h1><h2 id=\"a\">A</h2><a href=\"/faq/#q\">q</a><a href=\"#a\">a</a><a href=\"https://example.org/x\">x</a><img src=\"/media/x.png\" alt=\"x\"></main>"),
            ("faq/index.html", "<h1 id=\"q\">FAQ</h1><a href=\"../\">home</a>"),
            ("media/x.png", "png")));
    }

    [Fact]
    public void A_link_to_a_missing_page_names_the_output_page_line_and_source_file()
    {
        var diagnostic = Assert.Single(Check(("index.html", "<h1>Home</h1>\n<p>\n<a href=\"/nowhere/\">x</a></p>")));
        Assert.Equal(DiagnosticCodes.BrokenLink, diagnostic.Code);
        Assert.Equal("output/index.html", diagnostic.Location.File);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("input/index.md", diagnostic.Message);
    }

    [Fact]
    public void A_missing_stylesheet_or_image_is_a_broken_link()
    {
        var diagnostics = Check(("index.html", "<link rel=\"stylesheet\" href=\"/assets/site.css\"><h1>Home</h1><img src=\"gone.png\" alt=\"\">"));
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.BrokenLink));
    }

    [Fact]
    public void A_fragment_missing_on_its_target_page_is_reported()
    {
        var diagnostics = Check(
            ("index.html", "<h1>Home</h1><a href=\"/faq/#nope\">q</a><a href=\"#also-nope\">a</a>"),
            ("faq/index.html", "<h1 id=\"q\">FAQ</h1>"));
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.BrokenFragment));
    }

    [Fact]
    public void Duplicate_ids_are_reported()
    {
        Assert.Equal(DiagnosticCodes.DuplicateId, Assert.Single(Check(("index.html", "<h1 id=\"x\">Home</h1><p id=\"x\">p</p>"))).Code);
    }

    [Fact]
    public void An_id_inside_a_template_that_the_page_already_has_is_reported()
    {
        // The script copies a template's content into the page, where the two ids would clash.
        var diagnostics = Check(("index.html", "<h1 id=\"x\">Home</h1><template><p id=\"x\">tip</p></template>"));
        Assert.Equal(DiagnosticCodes.DuplicateId, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("<p>no heading</p>")]
    [InlineData("<h1>One</h1><h1>Two</h1>")]
    public void A_page_needs_exactly_one_h1(string body)
    {
        Assert.Equal(DiagnosticCodes.WrongH1Count, Assert.Single(Check(("index.html", body))).Code);
    }

    [Fact]
    public void A_skipped_heading_level_is_reported()
    {
        var diagnostic = Assert.Single(Check(("index.html", "<h1>Home</h1><h2>Two</h2><h4>Four</h4>")));
        Assert.Equal(DiagnosticCodes.SkippedHeadingLevel, diagnostic.Code);
        Assert.Contains("'Four' is an h4 straight after an h2", diagnostic.Message);
    }

    [Fact]
    public void Missing_lang_title_and_description_are_each_reported()
    {
        var diagnostics = Check(("index.html", "<!DOCTYPE html><html><head></head><body><h1>Home</h1></body></html>"));
        Assert.Equal(3, diagnostics.Count(d => d.Code == DiagnosticCodes.MissingPageMetadata));
    }

    [Fact]
    public void An_image_without_alt_is_reported()
    {
        var diagnostics = Check(("index.html", "<h1>Home</h1><img src=\"/x.png\">"), ("x.png", "png"));
        Assert.Equal(DiagnosticCodes.ImageWithoutAlt, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_heading_is_named_by_its_words_without_the_markup_inside_it()
    {
        var diagnostic = Assert.Single(Check(("index.html", "<h1>Home</h1><h2>Two</h2><h4 id=\"f\">Four &amp; <em>more</em></h4>")));
        Assert.Contains("'Four & more' is an h4", diagnostic.Message);
    }

    [Fact]
    public void Markup_inside_comments_and_scripts_is_not_part_of_the_page()
    {
        Assert.Empty(Check(("index.html",
            "<h1 id=\"x\">Home</h1><!-- <h1>old</h1> <a href=\"/gone/\">x</a> -->" +
            "<script type=\"application/ld+json\">{\"a\": \"<h1 id='x'>\"}</script>" +
            "<template><h1>a heading a script shows</h1></template>")));
    }

    [Fact]
    public void A_link_inside_a_template_is_still_checked_and_its_ids_do_not_count_as_the_pages()
    {
        var diagnostics = Check(("index.html", "<h1>Home</h1><template><h2 id=\"t\">T</h2><a href=\"/gone/\">x</a></template><a href=\"#t\">t</a>"));
        Assert.Equal([DiagnosticCodes.BrokenLink, DiagnosticCodes.BrokenFragment], diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_encoded_href_is_decoded_before_it_is_followed()
    {
        Assert.Empty(Check(
            ("index.html", "<h1>Home</h1><a href=\"/faq/?a=1&amp;b=2#q\">q</a><a href='/faq/#q'>single quotes</a>"),
            ("faq/index.html", "<h1 id=\"q\">FAQ</h1>")));
    }
}
