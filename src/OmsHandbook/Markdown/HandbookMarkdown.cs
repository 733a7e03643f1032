using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using OmsHandbook.Core;
using OmsHandbook.Markdown.CareCards;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.Figures;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.HeadingIds;
using OmsHandbook.Markdown.KeyPoints;
using OmsHandbook.Markdown.Nesting;
using OmsHandbook.Markdown.Printables;
using OmsHandbook.Markdown.Tables;

namespace OmsHandbook.Markdown;

/// <summary>The Markdig pipeline of one edition, with our extensions: built once, shared by every page of that edition.</summary>
/// <param name="isReservedId">The ids the layout writes around the body, which no heading may take.</param>
/// <param name="encodeAddress">
/// Applied to every link and image address as it is written. Markdig escapes spaces, quotes and
/// non-ASCII, but keeps a lone '%', a second '#' and '[' ']', which the URL standard refuses.
/// </param>
/// <param name="words">What the extensions write in the page's language; English when null.</param>
public sealed class HandbookMarkdown(Func<string, bool> isReservedId, Func<string, string>? encodeAddress = null, MarkdownWords? words = null)
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Use(new ScrollableTableExtension(words ?? MarkdownWords.English))
        .Use(new CitationExtension(words ?? MarkdownWords.English))
        .Use(new CareCardExtension(words ?? MarkdownWords.English))
        .Use<PrintableExtension>()
        .Use<KeyPointsExtension>()
        .Use<FigureExtension>()
        .Use(new GlossaryLinkExtension(words ?? MarkdownWords.English))
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>
    /// Parses Markdown and gives its headings stable ids (prefixed where many snippets share a page).
    /// Markdown nested too deeply to walk safely comes back as an empty document that says where.
    /// </summary>
    public ParsedMarkdown Parse(string markdown, MarkdownSource source, string idPrefix = "")
    {
        if (NestingGuard.DeepLine(markdown) is { } deep)
        {
            return TooDeep(source, source.AtLine(deep.Line, deep.Column));
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own limit, reached by a shape the line scan does not count (indentation alone).
            return TooDeep(source, source.AtLine(0, 0));
        }

        if (NestingGuard.TooDeep(document) is { } node)
        {
            return TooDeep(source, source.At(node));
        }

        var headings = HeadingIdAssigner.Assign(document, isReservedId, idPrefix);
        return new ParsedMarkdown(document, source, headings);
    }

    public string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { LinkRewriter = encodeAddress };
        pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static ParsedMarkdown TooDeep(MarkdownSource source, SourceLocation at) =>
        new(new MarkdownDocument(), source, []) { TooDeepAt = at };
}

/// <summary>A parsed Markdown document, where it came from, and its headings.</summary>
public sealed record ParsedMarkdown(MarkdownDocument Document, MarkdownSource Source, IReadOnlyList<HeadingInfo> Headings)
{
    public IReadOnlySet<string> Ids { get; } = Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Where the Markdown nests too deeply, when it was refused; <see cref="Document"/> is then empty.</summary>
    public SourceLocation? TooDeepAt { get; init; }
}
