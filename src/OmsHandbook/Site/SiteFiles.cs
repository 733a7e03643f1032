using System.Globalization;
using System.Text;
using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Site;

/// <summary>The site's plain files: sitemap.xml, robots.txt and Netlify's _redirects (and _headers for previews).</summary>
public static class SiteFiles
{
    /// <summary>What a page of a preview carries so search engines leave it out even without the header.</summary>
    public const string RobotsNoIndexMeta = "<meta name=\"robots\" content=\"noindex\">";

    public static OutputFile Sitemap(SiteConfig site, IEnumerable<(string UrlPath, DateOnly? LastReviewed)> pages)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (path, reviewed) in pages)
        {
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(site.BaseUrl + path)).Append("</loc>");
            if (reviewed is { } date)
            {
                xml.Append("<lastmod>").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        return OutputFile.Text("sitemap.xml", xml.ToString());
    }

    public static OutputFile Robots(SiteConfig site) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.BaseUrl}/sitemap.xml\n");

    /// <summary>One line per front-matter alias: "/old-url/ /new-url/ 301".</summary>
    public static OutputFile Redirects(IEnumerable<ContentPage> pages)
    {
        var lines = pages
            .SelectMany(p => p.Meta.Aliases.Select(a => (From: SitePaths.RedirectPath(a.Value), To: p.UrlPath)))
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .Select(r => $"{r.From} {r.To} 301\n");
        return OutputFile.Text("_redirects", string.Concat(lines));
    }

    /// <summary>
    /// Netlify's _headers for deploy previews: X-Robots-Tag on every path. robots.txt stays open,
    /// because a crawler kept out by it would never see the noindex and could still list the address.
    /// </summary>
    public static OutputFile NoIndexHeaders() => OutputFile.Text("_headers", "/*\n  X-Robots-Tag: noindex\n");
}
