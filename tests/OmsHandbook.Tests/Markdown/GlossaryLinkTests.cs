using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

[Trait("Tier", "Unit")]
public sealed class GlossaryLinkTests
{
    private readonly MarkdownHarness harness = new();

    private static int Count(string html, string text) => html.Split(text).Length - 1;

    [Fact]
    public void Only_the_first_mention_of_a_term_is_linked()
    {
        var (html, _, _, usage) = harness.Render("Opsoclonus is common. Opsoclonus again.\n\nAnd opsoclonus once more.");
        Assert.Equal(1, Count(html, "href=\"/glossary/#term-opsoclonus\""));
        Assert.StartsWith("<p><a class=\"glossary-link\" href=\"/glossary/#term-opsoclonus\" data-term=\"opsoclonus\">Opsoclonus</a> is common.", html, StringComparison.Ordinal);
        Assert.Contains("opsoclonus", usage.LinkedSlugs);
    }

    [Fact]
    public void Aliases_link_to_their_term_case_insensitively_and_the_longest_match_wins()
    {
        var (html, _, _, _) = harness.Render("She has DANCING EYE SYNDROME. Later, dancing eyes were seen.");
        Assert.Contains(">DANCING EYE SYNDROME</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/glossary/#term-opsoclonus-myoclonus-syndrome\"", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"glossary-link\" href=\"/glossary/#term-opsoclonus\" data-term=\"opsoclonus\">dancing eyes</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_whole_words_match()
    {
        // The whole words come last: were a part-word linked, it would take the first mention and the whole word after it would stay plain.
        var (html, _, _, _) = harness.Render("Anabolic-steroidsx and OMSK are not terms; steroidsy neither. But steroids and OMS are.");
        Assert.Contains("Anabolic-steroidsx and OMSK are not terms; steroidsy neither. But ", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"glossary-link\" href=\"/glossary/#term-corticosteroids\" data-term=\"corticosteroids\">steroids</a> and ", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"glossary-link\" href=\"/glossary/#term-opsoclonus-myoclonus-syndrome\" data-term=\"opsoclonus-myoclonus-syndrome\">OMS</a> are.", html, StringComparison.Ordinal);
        Assert.Equal(2, Count(html, "glossary-link"));
    }

    [Fact]
    public void Headings_links_and_code_are_never_linked()
    {
        var (html, _, _, _) = harness.Render("## Opsoclonus\n\n[IVIG trial](https://example.org) and `steroids` and\n\n```\nOMS\n```\n\nThen IVIG.");
        Assert.Contains("<h2 id=\"opsoclonus\">Opsoclonus</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<code>steroids</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>OMS\n</code>", html, StringComparison.Ordinal);
        Assert.Contains("Then <a class=\"glossary-link\" href=\"/glossary/#term-intravenous-immunoglobulin\" data-term=\"intravenous-immunoglobulin\">IVIG</a>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_link_names_a_term_the_text_does_not_spell_and_counts_as_the_first_mention()
    {
        var (html, diagnostics, _, _) = harness.Render("The [eye movements](glossary:opsoclonus) are fast. Opsoclonus is the name.");
        Assert.False(diagnostics.HasErrors);
        Assert.Contains("<a class=\"glossary-link\" href=\"/glossary/#term-opsoclonus\" data-term=\"opsoclonus\">eye movements</a>", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "glossary-link"));
    }

    [Fact]
    public void An_explicit_link_may_name_an_alias()
    {
        var (html, diagnostics, _, _) = harness.Render("Given as [a drip](glossary:ivig).");
        Assert.False(diagnostics.HasErrors);
        Assert.Contains("href=\"/glossary/#term-intravenous-immunoglobulin\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_link_to_an_unknown_term_is_an_error_with_a_suggestion()
    {
        var (_, diagnostics, _, _) = harness.Render("The [eyes](glossary:opsoclonos).");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnknownGlossaryTerm, error.Code);
        Assert.Contains("did you mean 'opsoclonus'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_auto_linking_only_explicit_links_are_made()
    {
        var (html, _, _, _) = harness.Render("Opsoclonus and [jerks](glossary:steroids).", autoLink: false);
        Assert.Equal(1, Count(html, "glossary-link"));
        Assert.Contains("term-corticosteroids", html, StringComparison.Ordinal);
    }
}
