using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Markdown.Images;

/// <summary>
/// Points images at their published copy under /media/ and checks each one: the file must be in
/// input/media (no third-party requests, nothing outside the input), and it must have alt text.
/// </summary>
public sealed class ImageResolver(string mediaFolder, IReadOnlySet<string> mediaFiles)
{
    public const string PublishedFolder = "/media/";

    public void Resolve(MarkdownDocument document, MarkdownSource source, DiagnosticBag diagnostics)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            if (InlineText.Of(image).Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingAltText, source.At(image),
                    "this image has no alt text; describe what it shows between the brackets: ![a child's eyes moving quickly](media/eyes.png)");
            }

            var url = image.Url ?? "";
            var relative = url.Contains("://", StringComparison.Ordinal) || url.StartsWith('/')
                ? null
                : Path.GetRelativePath(mediaFolder, Path.GetFullPath(Path.Combine(source.Directory, Uri.UnescapeDataString(url)))).Replace('\\', '/');
            if (relative is null || relative.StartsWith("..", StringComparison.Ordinal) || !mediaFiles.Contains(relative))
            {
                diagnostics.Error(DiagnosticCodes.MissingImage, source.At(image),
                    $"image '{url}' is not a file in input/media; put the image there and link it relative to this file");
                continue;
            }

            image.Url = PublishedFolder + relative;
        }
    }
}
