using Markdig.Helpers;
using Markdig.Syntax;
using OmsHandbook.Core;
using OmsHandbook.Markdown.CareCards;
using Markdig.Syntax.Inlines;
using OmsHandbook.Content;
using OmsHandbook.Markdown.Citations;

namespace OmsHandbook.Markdown.GlossaryLinks;

/// <summary>
/// Makes glossary links: explicit ones written as [words](glossary:term), and the first mention of
/// every term or alias in running text (never in headings, links or code).
/// </summary>
public sealed class GlossaryLinker(GlossaryIndex index) : IMarkdownPass
{
    public const string Scheme = "glossary:";

    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        var (document, usage) = (parsed.Document, context.Usage);
        LinkExplicit(document, parsed.Source, usage, context.Diagnostics);
        if (!usage.AutoLink)
        {
            return;
        }

        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            // An emergency card may hold no links at all: the reader's only job is to get help.
            if (leaf is not HeadingBlock && leaf.Inline is { } inline && !CareCardLevels.IsInEmergencyCard(leaf))
            {
                LinkMentions(inline, usage);
            }
        }
    }

    private void LinkExplicit(MarkdownDocument document, MarkdownSource source, GlossaryUsage usage, DiagnosticBag diagnostics)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || link.Url is not { } url || !url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = Uri.UnescapeDataString(url[Scheme.Length..]);
            var term = index.Find(name);
            if (term is null)
            {
                var hint = Suggest.Nearest(Slug.From(name), index.Terms.Select(t => t.Slug)) is { } near ? $"did you mean '{near}'? " : "";
                diagnostics.Error(DiagnosticCodes.UnknownGlossaryTerm, source.At(link),
                    $"unknown glossary term '{name}'; {hint}add it to glossary.yml or link to an existing term or alias");
            }

            Inline replacement = term is null ? new ContainerInline() : new GlossaryLinkInline { Term = term };
            MoveChildren(link, (ContainerInline)replacement);
            replacement.Line = link.Line;
            replacement.Column = link.Column;
            link.ReplaceBy(replacement);
            if (term is not null)
            {
                usage.MarkLinked(term.Slug);
            }
        }
    }

    private void LinkMentions(ContainerInline container, GlossaryUsage usage)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            switch (child)
            {
                case LiteralInline literal:
                    LinkLiteral(literal, usage);
                    break;
                case LinkInline or GlossaryLinkInline or CitationInline:
                    break;
                case ContainerInline nested:
                    LinkMentions(nested, usage);
                    break;
            }

            child = next;
        }
    }

    private void LinkLiteral(LiteralInline literal, GlossaryUsage usage)
    {
        var text = literal.Content.ToString();
        var cursor = 0;
        Inline anchor = literal;
        foreach (var (term, start, length) in index.Mentions(text))
        {
            if (!usage.MarkLinked(term.Slug))
            {
                continue;
            }

            if (start > cursor)
            {
                anchor = InsertAfter(anchor, Literal(literal, text, cursor, start - cursor));
            }

            var link = new GlossaryLinkInline { Term = term, Line = literal.Line, Column = literal.Column };
            link.AppendChild(Literal(literal, text, start, length));
            anchor = InsertAfter(anchor, link);
            cursor = start + length;
        }

        if (cursor == 0)
        {
            return;
        }

        if (cursor < text.Length)
        {
            InsertAfter(anchor, Literal(literal, text, cursor, text.Length - cursor));
        }

        literal.Remove();
    }

    private static Inline InsertAfter(Inline anchor, Inline node)
    {
        anchor.InsertAfter(node);
        return node;
    }

    private static LiteralInline Literal(LiteralInline original, string text, int start, int length) =>
        new(new StringSlice(text, start, start + length - 1)) { Line = original.Line, Column = original.Column + start };

    private static void MoveChildren(ContainerInline from, ContainerInline to)
    {
        while (from.FirstChild is { } first)
        {
            first.Remove();
            to.AppendChild(first);
        }
    }
}
