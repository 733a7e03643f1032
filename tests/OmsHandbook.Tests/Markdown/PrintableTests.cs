using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

[Trait("Tier", "Unit")]
public sealed class PrintableTests
{
    private const string Diary =
        "::: printable landscape\n## My child's week\n\nChild's name: ________\n\n| Date | Sleep |\n|---|---|\n| | |\n:::\n";

    private readonly MarkdownHarness harness = new();

    [Fact]
    public void A_printable_block_is_a_section_named_by_its_heading_around_its_content()
    {
        var (html, diagnostics, _, _) = harness.Render("Some text before.\n\n" + Diary + "\nSome text after.\n");

        Assert.Empty(diagnostics.Sorted());
        var start = html.IndexOf("<section class=\"printable printable--landscape\" aria-labelledby=\"my-childs-week\">", StringComparison.Ordinal);
        var end = html.IndexOf("</section>", StringComparison.Ordinal);
        Assert.True(start > html.IndexOf("Some text before.", StringComparison.Ordinal), html);
        Assert.True(end < html.IndexOf("Some text after.", StringComparison.Ordinal), html);
        var inside = html[start..end];
        Assert.Contains("<h2 id=\"my-childs-week\">My child's week</h2>", inside, StringComparison.Ordinal);
        Assert.Contains("<p>Child's name: ________</p>", inside, StringComparison.Ordinal);
        // The grid keeps its own named scroll region, so a phone scrolls the table, not the page.
        Assert.Contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Date, Sleep\">", inside, StringComparison.Ordinal);
        Assert.Contains("<td></td>", inside, StringComparison.Ordinal);
        Assert.DoesNotContain("care-card", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::: printable\n## Checklist\n\n- one\n:::\n", "printable--portrait")]
    [InlineData("::: printable portrait\n## Checklist\n\n- one\n:::\n", "printable--portrait")]
    [InlineData("::: printable landscape\n## Checklist\n\n- one\n:::\n", "printable--landscape")]
    public void The_sheet_is_upright_unless_the_block_asks_for_landscape(string markdown, string expected)
    {
        var (html, diagnostics, _, _) = harness.Render(markdown);
        Assert.Empty(diagnostics.Sorted());
        Assert.Contains($"<section class=\"printable {expected}\" aria-labelledby=\"checklist\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Care_cards_still_work_beside_and_inside_a_printable_block()
    {
        // Inside, the printable block takes a longer fence, so the card's ':::' closes the card alone.
        var (html, diagnostics, _, _) = harness.Render(
            "::: urgent Call your care team today if:\n- a fever\n:::\n\n:::: printable\n## Diary\n\n::: non-urgent Tell your team at the next appointment if:\n- a rash\n:::\n\nAfter the card.\n::::\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains("<div class=\"care-card care-card--urgent\">", html, StringComparison.Ordinal);
        var printable = html[html.IndexOf("<section class=\"printable", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("<div class=\"care-card care-card--non-urgent\">", printable, StringComparison.Ordinal);
        Assert.Contains("After the card.", printable, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_only_starts_like_printable_is_an_unknown_kind()
    {
        var (html, diagnostics, _, _) = harness.Render("::: printables\n## Diary\n:::\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidCareCard, error.Code);
        Assert.DoesNotContain("<section", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Diary\n\n::: printable\n## Week\n\n| A |\n|---|\n| |\n\n## Sources\n\nMore.\n", 3, 1, "never closed")]
    [InlineData(Diary + "\n::: printable\n## Another week\n:::\n", 11, 1, "at most one '::: printable' block, and this one comes after the block at line 1")]
    [InlineData("- a list item\n\n  ::: printable\n  ## Week\n  :::\n", 3, 3, "must stand on its own")]
    [InlineData("> ::: printable\n> ## Week\n> :::\n", 1, 3, "must stand on its own")]
    [InlineData("::: printable\nChild's name:\n:::\n", 1, 1, "starts with a heading")]
    [InlineData("::: printable\n:::\n", 1, 1, "starts with a heading")]
    [InlineData("::: printable My child's week\n## Week\n:::\n", 1, 1, "'My child's week' is not a way to turn the sheet")]
    [InlineData("::: printable sideways\n## Week\n:::\n", 1, 1, "write '::: printable' for an upright sheet or '::: printable landscape'")]
    public void A_printable_block_used_wrongly_is_an_error_at_its_fence(string markdown, int line, int column, string expected)
    {
        var (_, diagnostics, _, _) = harness.Render(markdown);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidPrintable, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("page.md", line, column), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
