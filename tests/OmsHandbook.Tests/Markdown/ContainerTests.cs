using OmsHandbook.Markdown;
using Markdig;
using Markdig.Syntax;
using OmsHandbook.Core;
using OmsHandbook.Markdown.CareCards;
using OmsHandbook.Markdown.Containers;
using OmsHandbook.Markdown.Printables;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

/// <summary>The one ::: parser and its registry: a fence becomes the block of the kind its name registered.</summary>
[Trait("Tier", "Unit")]
public sealed class ContainerTests
{
    private const string Page = "::: printable\n## Week\n:::\n\n::: urgent Call your care team today if:\n- a\n:::\n\n::: sideways\ntext\n:::\n";

    private readonly MarkdownHarness harness = new();

    public static TheoryData<bool> RegistrationOrders => new() { true, false };

    [Theory]
    [MemberData(nameof(RegistrationOrders))]
    public void Each_fence_becomes_the_block_its_name_registered_whatever_order_the_kinds_came_in(bool cardsFirst)
    {
        var builder = new MarkdownPipelineBuilder();
        var pipeline = (cardsFirst ? builder.Use(new CareCardExtension(MarkdownWords.English)).Use<PrintableExtension>() : builder.Use<PrintableExtension>().Use(new CareCardExtension(MarkdownWords.English))).Build();

        var blocks = Markdig.Markdown.Parse(Page, pipeline).OfType<FencedContainer>().ToList();

        Assert.Equal([typeof(PrintableBlock), typeof(CareCard), typeof(UnknownContainer)], blocks.Select(b => b.GetType()));
        Assert.Equal(CareCardLevel.Urgent, Assert.IsType<CareCard>(blocks[1]).Level);
        Assert.Single(builder.BlockParsers.OfType<ContainerParser>());
    }

    [Fact]
    public void A_name_no_kind_registered_keeps_the_care_card_code_at_its_fence_and_lists_the_kinds()
    {
        var (html, diagnostics, _, _) = harness.Render("Intro.\n\n- item\n\n  ::: urgnt Call your care team today if:\n  - a\n  :::\n");

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCodes.InvalidCareCard, "page.md", 5, 3), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("'::: urgnt' is not a care card", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean '::: urgent'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("'::: non-urgent', '::: urgent', '::: emergency', '::: printable'", error.Message, StringComparison.Ordinal);
        // Its content is still shown, without the card it was meant to be.
        Assert.Contains("<li>a</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("care-card", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_block_never_closed_says_so_too()
    {
        var (_, diagnostics, _, _) = harness.Render("::: sideways\ntext\n");
        var errors = diagnostics.Sorted();
        Assert.Collection(errors,
            unknown => Assert.StartsWith("'::: sideways' is not a care card", unknown.Message, StringComparison.Ordinal),
            unclosed => Assert.StartsWith("this '::: sideways' block is never closed", unclosed.Message, StringComparison.Ordinal));
        Assert.All(errors, d => Assert.Equal((DiagnosticCodes.InvalidCareCard, 1, 1), (d.Code, d.Location.Line, d.Location.Column)));
    }

    [Fact]
    public void Two_kinds_cannot_share_a_name_but_one_kind_may_register_twice()
    {
        var kinds = new ContainerKinds();
        kinds.Add(["printable"], parser => new PrintableBlock(parser));
        kinds.Add(["printable"], parser => new PrintableBlock(parser));

        Assert.Throws<InvalidOperationException>(() => kinds.Add(["printable"], parser => new CareCard(parser)));
        Assert.Equal(["printable"], kinds.Names);
        Assert.Null(kinds.Find("urgent"));
    }

    [Fact]
    public void A_fence_that_is_not_a_fence_is_left_to_the_other_parsers()
    {
        var document = harness.Parse(":: urgent not a fence\n\n    ::: urgent indented code\n").Document;
        Assert.Empty(document.Descendants<FencedContainer>());
        Assert.IsType<ParagraphBlock>(document[0]);
        Assert.IsType<CodeBlock>(document[1]);
    }
}
