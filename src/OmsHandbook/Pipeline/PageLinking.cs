using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;

namespace OmsHandbook.Pipeline;

/// <summary>What resolving links needs, built once per build (or per context, in the preview); each page gets a resolver that reports to its own diagnostics.</summary>
public sealed record PageLinking(ChapterLinkResolver ChapterLinks, GlossaryLinker Glossary, ImageResolver Images, UrgencyScale? Urgency = null)
{
    private IReadOnlyList<IMarkdownPass> Passes { get; } = MarkdownPasses.InOrder(ChapterLinks, Glossary, Images, Urgency);

    public MarkdownResolver Resolver(DiagnosticBag diagnostics) => new(Passes, diagnostics);
}
