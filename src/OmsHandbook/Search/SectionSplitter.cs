using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.Containers;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Search;

/// <summary>Cuts a resolved Markdown page into its search sections, reading the tree rather than the HTML.</summary>
public static class SectionSplitter
{
    public static IReadOnlyList<PageSection> Split(MarkdownDocument document)
    {
        var sections = new List<PageSection>();
        var current = new Section(1, "", "");
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 or 3 } heading:
                    sections.Add(current.ToSection());
                    current = new Section(heading.Level, InlineText.Of(heading.Inline), heading.GetAttributes().Id ?? "");
                    break;
                case FencedContainer { Heading: { } words } when !string.IsNullOrWhiteSpace(words):
                    // A care card's heading is its fence's argument, not a heading block.
                    current.Append(words);
                    break;
                case LeafBlock { Inline: { } inline }:
                    current.Append(InlineText.Of(inline));
                    foreach (var link in inline.Descendants<GlossaryLinkInline>())
                    {
                        current.LinkedTerms.Add(link.Term.Slug);
                    }

                    break;
            }
        }

        sections.Add(current.ToSection());
        return sections.Where(s => s.Level > 1 || s.Text.Length > 0).ToList();
    }

    private sealed class Section(int level, string heading, string id)
    {
        private readonly StringBuilder text = new();

        public HashSet<string> LinkedTerms { get; } = new(StringComparer.Ordinal);

        public void Append(string more)
        {
            if (more.Length > 0)
            {
                text.Append(text.Length > 0 ? " " : "").Append(more);
            }
        }

        public PageSection ToSection() => new(level, heading, id, text.ToString(), LinkedTerms);
    }
}
