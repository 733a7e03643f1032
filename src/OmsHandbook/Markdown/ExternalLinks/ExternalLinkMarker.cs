using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OmsHandbook.Markdown.ExternalLinks;

/// <summary>
/// Links that leave the site get rel="noopener noreferrer": the other site learns nothing about
/// which page the reader came from, and cannot reach back into this tab.
/// </summary>
public sealed class ExternalLinkMarker : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        foreach (var inline in parsed.Document.Descendants<Inline>())
        {
            var external = inline switch
            {
                LinkInline link => !link.IsImage && IsExternal(link.Url),
                AutolinkInline auto => !auto.IsEmail && IsExternal(auto.Url),
                _ => false,
            };
            if (external)
            {
                inline.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
    }

    public static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("//", StringComparison.Ordinal));
}
