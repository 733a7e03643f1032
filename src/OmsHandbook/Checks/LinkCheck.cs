using AngleSharp.Dom;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>Every internal href and src leads to a written file, and every #fragment to an id on its page.</summary>
public sealed class LinkCheck : IPageCheck
{
    private static readonly (string Selector, string Attribute)[] References =
        [("a[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"), ("source[src]", "src")];

    public void Check(CheckedPage page, WrittenSite site, DiagnosticBag diagnostics)
    {
        foreach (var link in Links(page))
        {
            if (link.Target is null || !site.HasFile(link.Target))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, page.At(link.Element),
                    $"'{link.Reference}' leads to no page or file of the site{page.FromSource}; fix the link or add the page");
            }
            else if (!string.IsNullOrEmpty(link.Fragment) && site.IdsOf(link.Target) is { } ids && !ids.Contains(link.Fragment))
            {
                diagnostics.Error(DiagnosticCodes.BrokenFragment, page.At(link.Element),
                    $"'{link.Reference}' points to '#{link.Fragment}', but '{link.Target}' has no element with that id{page.FromSource}");
            }
        }
    }

    /// <summary>Every internal href and src on the page, resolved to the output file it leads to.</summary>
    public static IEnumerable<ResolvedLink> Links(CheckedPage page)
    {
        foreach (var (selector, attribute) in References)
        {
            foreach (var element in page.Document.QuerySelectorAll(selector))
            {
                var reference = element.GetAttribute(attribute)!;
                if (!IsExternal(reference))
                {
                    yield return Resolve(element, reference, page);
                }
            }
        }
    }

    private static ResolvedLink Resolve(IElement element, string reference, CheckedPage page)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(reference[(hash + 1)..]);
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        var target = pathPart.Length == 0 ? page.OutputPath : Resolve(page.OutputPath, Uri.UnescapeDataString(pathPart));
        return new ResolvedLink(element, reference, target, fragment);
    }

    /// <summary>A URL path as an output file: "/faq/" -> "faq/index.html"; relative paths resolve against the page's folder.</summary>
    private static string? Resolve(string fromOutputPath, string path)
    {
        var baseFolder = "/" + (Path.GetDirectoryName(fromOutputPath)?.Replace('\\', '/') ?? "");
        var absolute = path.StartsWith('/') ? path : baseFolder.TrimEnd('/') + "/" + path;
        var segments = new List<string>();
        foreach (var segment in absolute.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        var file = string.Join('/', segments);
        return absolute.EndsWith('/') ? (file.Length == 0 ? "index.html" : file + "/index.html") : file;
    }

    private static bool IsExternal(string reference) =>
        reference.StartsWith("//", StringComparison.Ordinal)
        || (reference.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            && reference[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'));
}
