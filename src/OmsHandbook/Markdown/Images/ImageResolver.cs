using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Figures;
using OmsHandbook.Markdown.LinkSafety;

namespace OmsHandbook.Markdown.Images;

/// <summary>
/// Points images, and links to files such as a PDF leaflet, at their published copy under /media/,
/// and checks each one: the file must be in input/media (no third-party requests, nothing outside
/// the input), and an image must have alt text. An SVG figure standing alone in its paragraph is drawn
/// inline instead (<see cref="FigurePlacer"/>).
/// </summary>
/// <param name="figures">The SVG figures that passed their rules, by path inside input/media; none when null.</param>
public sealed class ImageResolver(string mediaFolder, IReadOnlySet<string> mediaFiles, IReadOnlyDictionary<string, SvgFigure>? figures = null) : IMarkdownPass
{
    private readonly IReadOnlyDictionary<string, SvgFigure> figures = figures ?? new Dictionary<string, SvgFigure>(StringComparer.Ordinal);

    public const string PublishedFolder = "/media/";

    /// <summary>The input folder, which holds the media folder.</summary>
    public string InputRoot { get; } = Path.GetDirectoryName(Path.GetFullPath(mediaFolder))!;

    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        var (source, diagnostics) = (parsed.Source, context.Diagnostics);
        // Listed first: a figure takes its paragraph's place in the tree.
        foreach (var link in parsed.Document.Descendants<LinkInline>().Where(l => !LinkSafetyGuard.IsRefused(l)).ToList())
        {
            if (link.IsImage)
            {
                ResolveImage(link, source, diagnostics);
            }
            else if (IsRelativeFileLink(link.Url))
            {
                ResolveFileLink(link, source, diagnostics);
            }
        }
    }

    private void ResolveImage(LinkInline image, MarkdownSource source, DiagnosticBag diagnostics)
    {
        if (InlineText.Of(image).Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingAltText, source.At(image),
                "this image has no alt text; describe what it shows between the brackets: ![a child's eyes moving quickly](media/eyes.png)");
        }

        var url = image.Url ?? "";
        if (MediaPath(url, source) is not { } relative)
        {
            diagnostics.Error(DiagnosticCodes.MissingImage, source.At(image),
                $"image '{url}' is not a file in input/media; put the image there and link it relative to this file");
            return;
        }

        image.Url = PublishedFolder + relative;
        FigurePlacer.TryPlace(image, relative, figures);
    }

    private void ResolveFileLink(LinkInline link, MarkdownSource source, DiagnosticBag diagnostics)
    {
        var url = link.Url!;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (MediaPath(hash < 0 ? url : url[..hash], source) is not { } relative)
        {
            diagnostics.Error(DiagnosticCodes.LinkToMissingPage, source.At(link),
                $"link target '{url}' is neither a page of the handbook nor a file in input/media; link to a chapter by its file name, e.g. '02-symptoms.md', or put the file in input/media");
            return;
        }

        link.Url = PublishedFolder + relative + (hash < 0 ? "" : url[hash..]);
    }

    /// <summary>The file's path inside input/media, or null when it is not one of the media files.</summary>
    private string? MediaPath(string url, MarkdownSource source)
    {
        if (url.Length == 0 || UrlScheme.Of(url) is not null || url.StartsWith('/'))
        {
            return null;
        }

        var relative = Path.GetRelativePath(mediaFolder, Path.GetFullPath(Path.Combine(source.Directory, Uri.UnescapeDataString(url)))).Replace('\\', '/');
        return !relative.StartsWith("..", StringComparison.Ordinal) && mediaFiles.Contains(relative) ? relative : null;
    }

    /// <summary>A link by relative path to something other than a page: page links were resolved before, and start with '/' or '#'.</summary>
    private static bool IsRelativeFileLink(string? url) =>
        url is { Length: > 0 } && !url.StartsWith('/') && !url.StartsWith('#') && UrlScheme.Of(url) is null
        && !url.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
