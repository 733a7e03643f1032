using System.Text.RegularExpressions;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

/// <summary>The ::: key-points box: one folder and one registration, checked like the other ::: blocks.</summary>
[Trait("Tier", "Unit")]
public sealed partial class KeyPointsTests
{
    private const string Box = "::: key-points\n## In short\n\n- First point.\n- Second point.\n:::\n";

    private readonly MarkdownHarness harness = new();

    [Fact]
    public void A_key_points_block_is_a_section_named_by_its_heading_around_its_points()
    {
        var (html, diagnostics, _, _) = harness.Render("Intro.\n\n" + Box + "\nMore text.\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains("<section class=\"key-points\" aria-labelledby=\"in-short\">\n<h2 id=\"in-short\">In short</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Second point.</li>\n</ul>\n</section>\n<p>More text.</p>", html, StringComparison.Ordinal);
        // The Content-Security-Policy allows no inline styles: the look is the stylesheet's, by class.
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Care_cards_and_glossary_links_still_work_inside_the_box()
    {
        var (html, diagnostics, _, usage) = harness.Render(
            ":::: key-points\n## In short\n\n- Opsoclonus is the main sign.\n\n::: urgent Call your care team today if:\n- a\n:::\n::::\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains("opsoclonus", usage.LinkedSlugs);
        Assert.Contains("<div class=\"care-card care-card--urgent\"><h3 class=\"care-card__heading\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Intro.\n\n::: key-points\n## In short\n- a\n", 3, 1, "never closed")]
    [InlineData("::: key-points\n- a\n:::\n", 1, 1, "starts with a heading that names it")]
    [InlineData("- item\n\n  ::: key-points In short\n  ## In short\n  :::\n", 3, 3, "'In short' after '::: key-points' would not be shown")]
    public void A_key_points_block_used_wrongly_is_an_error_at_its_fence(string markdown, int line, int column, string expected)
    {
        var (_, diagnostics, _, _) = harness.Render(markdown);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCodes.InvalidKeyPoints, "page.md", line, column), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_kind_is_still_the_unknown_name_error_and_points_at_key_points()
    {
        var (_, diagnostics, _, _) = harness.Render("::: key-point\n## In short\n:::\n");

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCodes.InvalidCareCard, 1, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean '::: key-points'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("'::: printable', '::: key-points'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_box_takes_its_colours_from_the_schemes_variables_so_it_follows_light_and_dark()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "OmsHandbook.Theme", "assets", "site.css"));
        var rule = Assert.Single(KeyPointsRule().Matches(css)).Groups["body"].Value;
        var colours = ColourValue().Matches(rule).Select(m => m.Groups["value"].Value).ToList();

        Assert.NotEmpty(colours);
        Assert.All(colours, value =>
        {
            var variable = Assert.Single(Variable().Matches(value)).Groups["name"].Value;
            Assert.Matches($@"\n\s*--{variable}: light-dark\(", css);
        });
    }

    [GeneratedRegex(@"\n\.key-points \{(?<body>[^}]*)\}")]
    private static partial Regex KeyPointsRule();

    [GeneratedRegex(@"(?:border[a-z-]*|background|color): (?<value>[^;]+);")]
    private static partial Regex ColourValue();

    [GeneratedRegex(@"var\(--(?<name>[a-z-]+)\)")]
    private static partial Regex Variable();
}
