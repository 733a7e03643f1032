using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

[Trait("Tier", "Unit")]
public sealed class CareCardTests
{
    private readonly MarkdownHarness harness = new();

    [Theory]
    [InlineData("non-urgent", "Non-urgent advice: ")]
    [InlineData("urgent", "Urgent advice: ")]
    [InlineData("emergency", "Immediate action required: ")]
    public void A_card_has_a_heading_with_a_hidden_urgency_prefix(string level, string prefix)
    {
        var (html, diagnostics, _, _) = harness.Render($"## When to get help\n\n::: {level} Call your care team if:\n- your child stops walking\n:::\n");
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        Assert.Contains($"<div class=\"care-card care-card--{level}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h3 class=\"care-card__heading\"><span class=\"visually-hidden\">{prefix}</span>Call your care team if:</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<li>your child stops walking</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_heading_follows_the_page_outline()
    {
        var (html, _, _, _) = harness.Render("## Help\n\n### Urgent help\n\n::: urgent Call now if:\n- a\n:::\n");
        Assert.Contains("<h4 class=\"care-card__heading\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::: urgnt Call if:\n- a\n:::\n", "is not a care card")]
    [InlineData("::: urgent Call your team\n- a\n:::\n", "ends with a colon")]
    [InlineData("::: non-urgent Call if:\n- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n:::\n", "at most 5 bullets")]
    [InlineData("::: emergency Call now if:\n- see [this](https://example.org)\n:::\n", "must not contain links")]
    [InlineData("::: emergency Call now if:\n- they stop breathing [@smith2020]\n:::\n", "must not contain links or citations")]
    public void A_card_that_breaks_the_pattern_is_an_error(string markdown, string expected)
    {
        var (_, diagnostics, _, _) = harness.Render(markdown);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidCareCard, error.Code);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_emergency_card_may_carry_tap_to_call_numbers_but_no_other_link()
    {
        var (html, diagnostics, _, _) = harness.Render("::: emergency Call your local emergency number now if:\n- they stop breathing\n\nEmergency numbers: [999](tel:999) in the UK, [112](tel:112) in Europe.\n:::\n");
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        Assert.Contains("<a href=\"tel:999\">999</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:112\">112</a>", html, StringComparison.Ordinal);

        var (_, mixed, _, _) = harness.Render("::: emergency Call now if:\n- they stop breathing\n\nCall [999](tel:999) or see [this](https://example.org).\n:::\n");
        Assert.Contains("must not contain links", Assert.Single(mixed.Sorted()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Help\n\n::: urgent Call your care team today if:\n- a fever\n\n## Later\n\nMore text.\n", 3)]
    [InlineData("::: urgent Call your care team today if:\n- a fever\n:::\n\n::: non-urgent Tell your team at the next appointment if:\n- a rash\n", 5)]
    public void A_card_that_is_never_closed_is_an_error_at_its_opening_line(string markdown, int line)
    {
        var (_, diagnostics, _, _) = harness.Render(markdown);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidCareCard, error.Code);
        Assert.Equal((line, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::: urgent Call your care team today if:\n- a fever\n:::")]
    [InlineData("::: urgent Call your care team today if:\n- a fever\n:::\n\nAfter the card.\n")]
    public void A_closed_card_is_not_reported_even_at_the_end_of_the_file(string markdown)
    {
        var (_, diagnostics, _, _) = harness.Render(markdown);
        Assert.Empty(diagnostics.Sorted());
    }

    private static readonly UrgencyScale Scale = new(
    [
        new("emergency", "Call 999 or your local emergency number now"),
        new("urgent", "Call your care team's 24-hour number now"),
        new("urgent", "Call your care team today"),
        new("non-urgent", "Tell your team at the next appointment"),
    ]);

    [Theory]
    [InlineData("::: emergency Call 999 or your local emergency number now if your child:\n- stops breathing\n:::\n")]
    [InlineData("::: urgent call your care team today if:\n- a fever\n:::\n")]
    [InlineData("::: urgent Call your care team's 24-hour number now if your child is on steroids and:\n- a fever\n:::\n")]
    [InlineData("::: non-urgent Tell your team at the next appointment if:\n- a rash\n:::\n")]
    public void A_card_whose_heading_starts_with_its_levels_words_on_the_scale_passes(string markdown)
    {
        var (_, diagnostics, _, _) = new MarkdownHarness { Urgency = Scale }.Render(markdown);
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("::: urgent Call 999 or your local emergency number now if:\n- a fever\n:::\n", "is emergency on the urgency scale, but this is an urgent card")]
    [InlineData("::: emergency Call your care team today if:\n- a fever\n:::\n", "is urgent on the urgency scale, but this is an emergency card")]
    [InlineData("::: urgent Contact the team straight away if:\n- a fever\n:::\n", "does not start with words from the urgency scale")]
    [InlineData("::: non-urgent Speak to a GP if:\n- a rash\n:::\n", "start a non-urgent card's heading with 'Tell your team at the next appointment'")]
    public void A_card_whose_level_and_wording_disagree_is_an_error_at_its_opening_line(string markdown, string expected)
    {
        var (_, diagnostics, _, _) = new MarkdownHarness { Urgency = Scale }.Render(markdown);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.CareCardWording, error.Code);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_scale_any_wording_passes()
    {
        var (_, diagnostics, _, _) = harness.Render("::: urgent Contact the team straight away if:\n- a fever\n:::\n");
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void An_urgent_card_may_have_a_sixth_catch_all_bullet()
    {
        var (_, diagnostics, _, _) = harness.Render("::: urgent Call if:\n- 1\n- 2\n- 3\n- 4\n- 5\n- anything else that worries you\n:::\n");
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Glossary_words_in_an_emergency_card_are_not_linked_but_elsewhere_they_are()
    {
        var (html, diagnostics, _, _) = harness.Render("::: emergency Call now if:\n- their dancing eyes return with a high fever\n:::\n\nDancing eyes are a sign.\n");
        Assert.False(diagnostics.HasErrors);
        var card = html[..html.LastIndexOf("<p>", html.IndexOf("are a sign", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.DoesNotContain("<a", card, StringComparison.Ordinal);
        Assert.Contains("class=\"glossary-link\"", html[card.Length..], StringComparison.Ordinal);
    }
}
