using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Core;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Markdown.LinkSafety;

/// <summary>
/// Refuses links and images that could run script (javascript:, data: and every other scheme not
/// on the list) or that point outside the input folder ("../../etc/passwd"). A refused link is
/// marked so later steps leave it alone; nothing it names is ever read.
/// </summary>
public sealed class LinkSafetyGuard(string inputRoot) : IMarkdownPass
{
    /// <summary>Schemes a link may use: web pages, e-mail, phone numbers, and glossary links.</summary>
    public static readonly IReadOnlySet<string> LinkSchemes = new HashSet<string>(["https", "http", "mailto", "tel", GlossaryLinker.Scheme.TrimEnd(':')], StringComparer.Ordinal);

    /// <summary>Schemes an image may use; web images are then refused as third-party requests (OMS0307).</summary>
    public static readonly IReadOnlySet<string> ImageSchemes = new HashSet<string>(["https", "http"], StringComparer.Ordinal);

    private static readonly object RefusedKey = new();

    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        var (source, diagnostics) = (parsed.Source, context.Diagnostics);
        foreach (var inline in parsed.Document.Descendants<Inline>())
        {
            var (url, isImage) = inline switch
            {
                LinkInline link => (link.Url, link.IsImage),
                AutolinkInline auto => (auto.Url, false),
                _ => (null, false),
            };
            if (url is null || Refusal(url, isImage, source.Directory, inputRoot) is not { } refusal)
            {
                continue;
            }

            diagnostics.Error(refusal.Code, source.At(inline), refusal.Message);
            inline.SetData(RefusedKey, true);
            Disarm(inline);
        }
    }

    /// <summary>True for a link this guard reported; other steps skip it so one mistake is one message.</summary>
    public static bool IsRefused(Inline inline) => inline.GetData(RefusedKey) is true;

    /// <summary>The build fails on the error anyway; the address is emptied too, so no rendering of this tree can carry it.</summary>
    private static void Disarm(Inline inline)
    {
        switch (inline)
        {
            case LinkInline link:
                link.Url = "";
                break;
            case AutolinkInline auto:
                auto.Url = "";
                break;
        }
    }

    private static (string Code, string Message)? Refusal(string url, bool isImage, string fromDirectory, string inputRoot)
    {
        var what = isImage ? "image" : "link";
        if (UrlScheme.Of(url) is { } scheme)
        {
            return (isImage ? ImageSchemes : LinkSchemes).Contains(scheme)
                ? null
                : (DiagnosticCodes.UnsafeLink, $"{what} '{Shorten(url)}' uses '{scheme}:', which {Why(scheme)}; {(isImage ? "put the image in input/media" : "link to a chapter file, a heading or an https:// address")}");
        }

        var path = url.Replace('\\', '/');
        var end = path.IndexOfAny(['?', '#']);
        path = end < 0 ? path : path[..end];
        if (path.StartsWith("//", StringComparison.Ordinal) || path.Length == 0)
        {
            return null;
        }

        if (Uri.UnescapeDataString(path).Any(char.IsControl))
        {
            return (DiagnosticCodes.UnsafeLink, $"{what} '{Shorten(url)}' holds a control character, which no file name has; remove it");
        }

        if (Escapes(path, fromDirectory, inputRoot))
        {
            return (DiagnosticCodes.LinkOutsideInput,
                $"{what} '{Shorten(url)}' leads outside the handbook's input folder, where nothing is published; {(isImage ? "put the image in input/media and link it relative to this file" : "link to a chapter by its file name, e.g. '02-symptoms.md'")}");
        }

        return null;
    }

    private static bool Escapes(string path, string fromDirectory, string inputRoot)
    {
        var decoded = Uri.UnescapeDataString(path);
        if (decoded.StartsWith('/'))
        {
            // A site address: it may not climb above the site's root either.
            return decoded.Split('/').Contains("..");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputRoot));
        var full = Path.GetFullPath(Path.Combine(fromDirectory, decoded));
        return !(full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static string Why(string scheme) => scheme switch
    {
        "javascript" or "vbscript" => "runs script when clicked",
        "data" => "hides content the checks cannot see, and can run script",
        "file" => "points at the reader's own disk",
        _ => "is not a kind of address the handbook links to",
    };

    /// <summary>The URL as a message can show it: control characters spelled out, long ones cut.</summary>
    private static string Shorten(string url)
    {
        var shown = string.Concat(url.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));
        return shown.Length <= 60 ? shown : shown[..57] + "...";
    }
}
