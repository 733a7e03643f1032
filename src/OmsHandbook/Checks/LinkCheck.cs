using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>Every internal href and src leads to a written file, and every #fragment to an id on its page.</summary>
public static class LinkCheck
{
    private static readonly (string Element, string Attribute)[] References =
        [("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src")];

    /// <summary>Links to other pages and files, once every page of the site is known.</summary>
    public static void Check(PageScan page, WrittenSite site, DiagnosticBag diagnostics)
    {
        foreach (var link in page.Links)
        {
            if (link.Target is null || !site.HasFile(link.Target))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, link.Location,
                    $"'{link.Reference}' leads to no page or file of the site{page.FromSource}; fix the link or add the page");
            }
            else if (!string.IsNullOrEmpty(link.Fragment) && site.IdsOf(link.Target) is { } ids && !ids.Contains(link.Fragment))
            {
                diagnostics.Error(DiagnosticCodes.BrokenFragment, link.Location,
                    $"'{link.Reference}' points to '#{link.Fragment}', but '{link.Target}' has no element with that id{page.FromSource}");
            }
        }
    }

    /// <summary>Links to ids on the page itself, checked while the page is read.</summary>
    public static void CheckWithinPage(IEnumerable<ResolvedLink> links, CheckedPage page, DiagnosticBag diagnostics)
    {
        foreach (var link in links.Where(l => l.Target == page.OutputPath && !string.IsNullOrEmpty(l.Fragment) && !page.Ids.Contains(l.Fragment)))
        {
            diagnostics.Error(DiagnosticCodes.BrokenFragment, link.Location,
                $"'{link.Reference}' points to '#{link.Fragment}', but '{link.Target}' has no element with that id{page.FromSource}");
        }
    }

    /// <summary>Every internal href and src on the page, resolved to the output file it leads to.</summary>
    public static IReadOnlyList<ResolvedLink> Links(CheckedPage page)
    {
        var links = new List<ResolvedLink>();
        foreach (var element in page.Elements)
        {
            foreach (var (name, attribute) in References)
            {
                if (element.Tag.Name == name && element.Tag.Attribute(attribute) is { } reference && !IsExternal(reference))
                {
                    links.Add(Resolve(reference, page, page.At(element)));
                }
            }
        }

        return links;
    }

    private static ResolvedLink Resolve(string reference, CheckedPage page, SourceLocation location)
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
        return new ResolvedLink(reference, target, fragment, location);
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
        reference.StartsWith("//", StringComparison.Ordinal) || UrlScheme.Of(reference) is not null;
}
