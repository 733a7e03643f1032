using OmsHandbook.Content;
using OmsHandbook.ContentLint;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.Tests.Prose;

/// <summary>Sentences that tell the reader to call or go somewhere use the urgency scale's words; other sentences are left alone.</summary>
[Trait("Tier", "Unit")]
public sealed class UrgencyLintTests
{
    private static readonly SourceLocation Here = new("chapters/03-help.md", 7, 1);

    private static readonly UrgencyScale Scale = new(
    [
        new("emergency", "Call 999 or your local emergency number now"),
        new("urgent", "Call your care team's 24-hour number now"),
        new("urgent", "Call your care team today"),
        new("non-urgent", "Tell your team at the next appointment"),
    ]);

    private static IReadOnlyList<Diagnostic> Lint(string text, UrgencyScale? scale = null)
    {
        var diagnostics = new DiagnosticBag();
        UrgencyLint.Check([ProseBlock.Plain(ProseKind.Paragraph, text, Here)], scale ?? Scale, ProseLanguage.English, diagnostics);
        return diagnostics.Sorted().ToList();
    }

    [Theory]
    [InlineData("If your child has a fever, contact the team straight away.", "contact the")]
    [InlineData("A fit is an emergency. Call for help, and tell them about OMS.", "Call for help")]
    [InlineData("If you think your child is having a fit, get medical help.", "get medical help")]
    [InlineData("Phone your GP if the rash spreads.", "Phone your")]
    [InlineData("If you cannot reach them, go to A&E.", "go to A&E")]
    [InlineData("You should call your doctor within a week.", "call your")]
    [InlineData("If their symptoms come back, contact their care team the same day.", "contact their")]
    public void An_instruction_in_words_off_the_scale_is_a_warning_at_its_verb(string text, string flagged)
    {
        var warning = Assert.Single(Lint(text));
        Assert.Equal(DiagnosticCodes.UrgencyOffScale, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((7, 1 + text.IndexOf(flagged, StringComparison.Ordinal)), (warning.Location.Line, warning.Location.Column));
        Assert.StartsWith($"'{flagged}' tells the reader", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("If your child has a fever, call your care team's 24-hour number now.")]
    [InlineData("For these signs, call 999 or your local emergency number now, whatever the cause.")]
    [InlineData("Call your care team today if symptoms come back.")]
    [InlineData("Doctors call this opsoclonus.")]
    [InlineData("Some people call the condition dancing eye syndrome.")]
    [InlineData("The team will call you back within a day.")]
    [InlineData("Should you call the team about a small rash?")]
    [InlineData("Your child may go to hospital for a few days of treatment.")]
    [InlineData("We keep the handbook on GitHub, and the team can contact the editors there.")]
    public void Ordinary_sentences_and_sentences_in_the_scales_words_are_left_alone(string text) =>
        Assert.Empty(Lint(text));

    [Fact]
    public void Without_a_scale_nothing_is_checked()
    {
        var diagnostics = new DiagnosticBag();
        UrgencyLint.Check([ProseBlock.Plain(ProseKind.Paragraph, "Contact the team straight away.", Here)], null, ProseLanguage.English, diagnostics);
        Assert.Empty(diagnostics.Sorted());
    }
}
