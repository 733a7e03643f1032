using OmsHandbook.Content;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

/// <summary>An SVG figure alone in its paragraph is drawn inline as a &lt;figure&gt; with its caption and description.</summary>
[Trait("Tier", "Unit")]
public sealed class FigureTests
{
    private const string Svg = "<svg role=\"img\" aria-labelledby=\"eyes-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"eyes-title\">Eyes moving</title><desc>Quick jumps.</desc></svg>";

    private readonly MarkdownHarness harness = new()
    {
        Figures = new Dictionary<string, SvgFigure>(StringComparer.Ordinal)
        {
            ["figures/eyes.svg"] = new("figures/eyes.svg", Svg, "Eyes moving", "Quick jumps in every direction."),
            ["figures/plain.svg"] = new("figures/plain.svg", Svg.Replace("<desc>Quick jumps.</desc>", "", StringComparison.Ordinal), "Eyes moving", null),
        },
    };

    [Fact]
    public void A_figure_alone_in_its_paragraph_is_drawn_inline_with_caption_and_description()
    {
        var (html, diagnostics, _, _) = harness.Render("Before.\n\n![Eyes moving](../media/figures/eyes.svg \"How the eyes move in OMS\")\n\nAfter.\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains(
            "<figure class=\"figure\">\n" + Svg + "\n<figcaption>How the eyes move in OMS\n"
            + "<details class=\"figure-description\"><summary>Describe this picture</summary><p>Quick jumps in every direction.</p></details></figcaption>\n</figure>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p><figure", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Before.", StringComparison.Ordinal) < html.IndexOf("<figure", StringComparison.Ordinal));
        Assert.True(html.IndexOf("</figure>", StringComparison.Ordinal) < html.IndexOf("After.", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_caption_the_alt_text_is_the_caption_and_without_a_desc_there_is_no_disclosure()
    {
        var (html, diagnostics, _, _) = harness.Render("![Eyes & jumps](../media/figures/plain.svg)\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains("<figcaption>Eyes &amp; jumps</figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<details", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_inside_a_sentence_stays_an_image()
    {
        var (html, diagnostics, _, _) = harness.Render("See ![Eyes moving](../media/figures/eyes.svg) here.\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains("<img src=\"/media/figures/eyes.svg\" alt=\"Eyes moving\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_in_a_list_item_takes_the_paragraphs_place_there()
    {
        var (html, diagnostics, _, _) = harness.Render("- ![Eyes moving](../media/figures/eyes.svg)\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains("<li>", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"figure\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_still_needs_alt_text()
    {
        var (_, diagnostics, _, _) = harness.Render("![](../media/figures/eyes.svg)\n");

        Assert.Contains(diagnostics.Sorted(), d => d.Code == OmsHandbook.Core.DiagnosticCodes.MissingAltText);
    }
}
