using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

[Trait("Tier", "Unit")]
public sealed class CitationTests
{
    private readonly MarkdownHarness harness = new();

    [Fact]
    public void Citations_are_numbered_in_order_of_first_use_and_link_to_the_sources_list()
    {
        var (html, diagnostics, citations, _) = harness.Render("First [@jones2019]. Second [@smith2020; @jones2019].");
        Assert.False(diagnostics.HasErrors);
        Assert.Equal(["jones2019", "smith2020"], citations.Sources.Select(s => s.Key));
        Assert.Contains("[<a href=\"#source-1\" aria-label=\"Source 1\">1</a>]", html, StringComparison.Ordinal);
        Assert.Contains("[<a href=\"#source-2\" aria-label=\"Source 2\">2</a>, <a href=\"#source-1\" aria-label=\"Source 1\">1</a>]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_its_line_and_column_with_a_suggestion()
    {
        var (_, diagnostics, _, _) = harness.Render("Line one.\n\nSee this [@smtih2020].");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnknownCitation, error.Code);
        Assert.Equal((3, 10), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean '@smith2020'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_links_and_brackets_are_not_citations()
    {
        var (html, diagnostics, citations, _) = harness.Render("[@handle](https://example.org) and [not a citation] and email@example.org");
        Assert.False(diagnostics.HasErrors);
        Assert.Empty(citations.Sources);
        Assert.Contains("<a href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("[not a citation]", html, StringComparison.Ordinal);
    }
}
