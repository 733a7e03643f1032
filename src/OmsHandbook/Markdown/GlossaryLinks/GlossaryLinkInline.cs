using Markdig.Syntax.Inlines;
using OmsHandbook.Content;

namespace OmsHandbook.Markdown.GlossaryLinks;

/// <summary>Words in the text linked to their glossary entry.</summary>
public sealed class GlossaryLinkInline : ContainerInline
{
    public required GlossaryTerm Term { get; init; }
}
