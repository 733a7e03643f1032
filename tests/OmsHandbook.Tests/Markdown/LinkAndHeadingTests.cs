using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

[Trait("Tier", "Unit")]
public sealed class LinkAndHeadingTests
{
    private readonly MarkdownHarness harness = new();

    [Fact]
    public void Heading_ids_come_from_the_text_and_are_unique_on_the_page()
    {
        var (html, _, _, _) = harness.Render("## What is OMS?\n\n## Café & “quotes”\n\n## What is OMS?\n\n### Sources\n");
        Assert.Contains("<h2 id=\"what-is-oms\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"cafe-quotes\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"what-is-oms-2\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"sources-2\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chapter_links_become_published_urls_with_their_fragment()
    {
        var (html, diagnostics, _, _) = harness.Render("See [treatment](09-treatment.md) and [IVIG](09-treatment.md#ivig).");
        Assert.False(diagnostics.HasErrors);
        Assert.Contains("<a href=\"/treatment/\">treatment</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/treatment/#ivig\">IVIG</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_chapter_is_an_error_with_a_suggestion()
    {
        var (_, diagnostics, _, _) = harness.Render("Text.\n\nSee [treatment](09-treatmint.md).");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.LinkToMissingPage, error.Code);
        Assert.Equal((3, 5), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean '09-treatment.md'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_missing_heading_is_an_error()
    {
        var (_, diagnostics, _, _) = harness.Render("See [dose](09-treatment.md#doses) and [here](#nowhere).\n\n## Somewhere\n");
        var errors = diagnostics.Sorted();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.LinkToMissingHeading, e.Code));
        Assert.Contains("'doses'", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_get_noopener_and_internal_ones_do_not()
    {
        var (html, _, _, _) = harness.Render("[NORD](https://rarediseases.org) and [FAQ](/faq/).");
        Assert.Contains("<a href=\"https://rarediseases.org\" rel=\"noopener noreferrer\">NORD</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/faq/\">FAQ</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_must_be_in_media_and_have_alt_text()
    {
        var (html, diagnostics, _, _) = harness.Render("![Eyes moving](../media/eyes.png)\n\n![](../media/eyes.png)\n\n![Remote](https://example.org/x.png)\n\n![Escape](../../etc/passwd)\n");
        Assert.Contains("src=\"/media/eyes.png\"", html, StringComparison.Ordinal);
        var codes = diagnostics.Sorted().Select(d => d.Code).ToList();
        Assert.Equal([DiagnosticCodes.MissingAltText, DiagnosticCodes.MissingImage, DiagnosticCodes.LinkOutsideInput], codes);
    }

    [Fact]
    public void Raw_html_is_an_error_at_its_line()
    {
        var (_, diagnostics, _, _) = harness.Render("Fine.\n\n<script>alert(1)</script>\n\nAnd <b onclick=\"x\">inline</b>.");
        var errors = diagnostics.Sorted();
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.RawHtml, e.Code));
        Assert.Equal(3, errors[0].Location.Line);
        Assert.Contains(errors, e => e.Location.Line == 5);
    }
}
