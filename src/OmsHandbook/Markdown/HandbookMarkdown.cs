using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using OmsHandbook.Markdown.CareCards;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.HeadingIds;
using OmsHandbook.Markdown.Tables;

namespace OmsHandbook.Markdown;

/// <summary>The one Markdig pipeline of a build, with our extensions: built once, shared by every page.</summary>
public sealed class HandbookMarkdown
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Use<ScrollableTableExtension>()
        .Use<CitationExtension>()
        .Use<CareCardExtension>()
        .Use<GlossaryLinkExtension>()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Parses Markdown and gives its headings stable ids (prefixed where many snippets share a page).</summary>
    public ParsedMarkdown Parse(string markdown, MarkdownSource source, string idPrefix = "")
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var headings = HeadingIdAssigner.Assign(document, idPrefix);
        return new ParsedMarkdown(document, source, headings);
    }

    public string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}

/// <summary>A parsed Markdown document, where it came from, and its headings.</summary>
public sealed record ParsedMarkdown(MarkdownDocument Document, MarkdownSource Source, IReadOnlyList<HeadingInfo> Headings)
{
    public IReadOnlySet<string> Ids { get; } = Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
}
