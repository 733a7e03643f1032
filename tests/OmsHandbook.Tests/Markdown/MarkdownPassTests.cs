using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.CareCards;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.Containers;
using OmsHandbook.Markdown.ExternalLinks;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;
using OmsHandbook.Markdown.KeyPoints;
using OmsHandbook.Markdown.LinkSafety;
using OmsHandbook.Markdown.Printables;
using OmsHandbook.Markdown.RawHtml;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

/// <summary>The list of passes itself: its order, the resolver that walks it, and passes run alone.</summary>
[Trait("Tier", "Unit")]
public sealed class MarkdownPassTests
{
    private readonly MarkdownHarness harness = new();

    [Fact]
    public void The_passes_run_in_the_order_written_in_one_place()
    {
        Assert.Equal(
            [
                typeof(RawHtmlGuard), typeof(LinkSafetyGuard), typeof(CareCardRules), typeof(PrintableRules), typeof(KeyPointsRules), typeof(UnknownContainerRules),
                typeof(GlossaryLinker), typeof(ChapterLinkResolver), typeof(ImageResolver), typeof(ExternalLinkMarker),
                typeof(CitationNumberer),
            ],
            harness.Passes().Select(pass => pass.GetType()));
    }

    [Fact]
    public void The_resolver_runs_each_pass_once_in_list_order_with_one_context()
    {
        var seen = new List<(string Name, PassContext Context)>();
        IMarkdownPass[] passes = [new Recording("first", seen), new Recording("second", seen), new Recording("third", seen)];
        new MarkdownResolver(passes, new DiagnosticBag()).Resolve(harness.Parse("Text."), Citations(), new GlossaryUsage(autoLink: true));

        Assert.Equal(["first", "second", "third"], seen.Select(s => s.Name));
        Assert.Single(seen.Select(s => s.Context).Distinct());
    }

    [Fact]
    public void A_document_nested_too_deeply_runs_no_pass_and_says_where()
    {
        var seen = new List<(string Name, PassContext Context)>();
        var diagnostics = new DiagnosticBag();
        var tooDeep = harness.Parse(new string('>', 200) + " quote");
        new MarkdownResolver([new Recording("any", seen)], diagnostics).Resolve(tooDeep, Citations(), new GlossaryUsage(autoLink: true));

        Assert.Empty(seen);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void A_pass_runs_alone_and_does_only_its_own_job()
    {
        var parsed = harness.Parse("Opsoclonus, see [a study](https://example.org) [@smith2020].");
        var context = new PassContext(new DiagnosticBag(), Citations(), new GlossaryUsage(autoLink: true));
        new ExternalLinkMarker().Run(parsed, context);

        var html = new HandbookMarkdown(_ => false).ToHtml(parsed.Document);
        Assert.Contains("<a href=\"https://example.org\" rel=\"noopener noreferrer\">a study</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("glossary", html, StringComparison.Ordinal);
        Assert.Empty(context.Citations.Sources);
        Assert.Empty(context.Diagnostics.Sorted());
    }

    [Fact]
    public void Care_card_rules_must_run_before_the_glossary_linker_to_see_its_links()
    {
        const string card = "::: emergency Call 999 now if:\n- your child has [opsoclonus](glossary:opsoclonus)\n:::\n";
        var rules = new CareCardRules();
        var glossary = harness.Passes().OfType<GlossaryLinker>().Single();

        Assert.Contains(Run(card, rules, glossary), d => d.Code == DiagnosticCodes.InvalidCareCard);
        // The other way round the link is already a glossary link, and the card's rule no longer sees it.
        Assert.DoesNotContain(Run(card, glossary, rules), d => d.Code == DiagnosticCodes.InvalidCareCard);
    }

    private IReadOnlyList<Diagnostic> Run(string markdown, params IMarkdownPass[] passes)
    {
        var diagnostics = new DiagnosticBag();
        new MarkdownResolver(passes, diagnostics).Resolve(harness.Parse(markdown), Citations(), new GlossaryUsage(autoLink: true));
        return diagnostics.Sorted();
    }

    private CitationNumbering Citations() => new(harness.References.ToDictionary(r => r.Key));

    private sealed class Recording(string name, List<(string Name, PassContext Context)> seen) : IMarkdownPass
    {
        public void Run(ParsedMarkdown parsed, PassContext context) => seen.Add((name, context));
    }
}
