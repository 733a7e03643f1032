using System.Globalization;
using System.Text;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>The site's plain files: sitemap.xml, robots.txt and Netlify's _redirects (and _headers for previews).</summary>
public static class SiteFiles
{
    /// <summary>What a page of a preview carries so search engines leave it out even without the header.</summary>
    public const string RobotsNoIndexMeta = "<meta name=\"robots\" content=\"noindex\">";

    /// <summary>Every page, with its review date and, for a page in more than one language, its alternates (Google's hreflang in sitemaps).</summary>
    public static OutputFile Sitemap(SiteConfig site, IEnumerable<SitemapEntry> pages)
    {
        var entries = pages.ToList();
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        if (entries.Any(e => e.Alternates.Count > 0))
        {
            xml.Append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
        }

        xml.Append(">\n");
        foreach (var (path, reviewed, alternates) in entries)
        {
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(site.BaseUrl + path)).Append("</loc>");
            if (reviewed is { } date)
            {
                xml.Append("<lastmod>").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            foreach (var alternate in alternates)
            {
                xml.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.Language).Append("\" href=\"")
                    .Append(System.Security.SecurityElement.Escape(alternate.Url)).Append("\"/>");
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        return OutputFile.Text("sitemap.xml", xml.ToString());
    }

    public static OutputFile Robots(SiteConfig site) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.BaseUrl}/sitemap.xml\n");

    /// <summary>
    /// One line per front-matter alias ("/old-url/ /new-url/ 301"), then, for each translation, its
    /// own 404 page for the addresses under its folder that have no page (a rule Netlify applies only
    /// when no file matches).
    /// </summary>
    public static OutputFile Redirects(IEnumerable<ContentPage> pages, IEnumerable<EditionPaths> translations)
    {
        var lines = pages
            .SelectMany(p => p.Meta.Aliases.Select(a => (From: SitePaths.RedirectPath(a.Value), To: p.UrlPath)))
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .Select(r => $"{r.From} {r.To} 301\n")
            .Concat(translations.Select(t => $"{t.Root}* {t.NotFound} 404\n"));
        return OutputFile.Text("_redirects", string.Concat(lines));
    }

    /// <summary>
    /// An edition's web app manifest ("manifest.webmanifest" in its folder): its name, its own start
    /// page, the icon we draw (theme/…/assets/icon.svg) and the theme's colours, so a reader can
    /// install the handbook and open it like an app, online or off.
    /// </summary>
    public static OutputFile WebManifest(SiteConfig site, string iconHref)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            w.WriteStartObject();
            w.WriteString("name", site.Title);
            w.WriteString("short_name", site.Title);
            w.WriteString("description", site.Description);
            w.WriteString("lang", site.Language);
            w.WriteString("start_url", site.Paths.Home);
            w.WriteString("scope", "/");
            w.WriteString("display", "standalone");
            w.WriteString("theme_color", Theme.ThemeColours.Light);
            w.WriteString("background_color", "#ffffff");
            w.WriteStartArray("icons");
            w.WriteStartObject();
            w.WriteString("src", iconHref);
            w.WriteString("sizes", "any");
            w.WriteString("type", "image/svg+xml");
            w.WriteString("purpose", "any");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return new OutputFile(site.Paths.Root.TrimStart('/') + ManifestName, buffer.WrittenSpan.ToArray());
    }

    /// <summary>The manifest's name in each edition's folder.</summary>
    public const string ManifestName = "manifest.webmanifest";

    /// <summary>
    /// Netlify's _headers for deploy previews: X-Robots-Tag on every path. robots.txt stays open,
    /// because a crawler kept out by it would never see the noindex and could still list the address.
    /// </summary>
    public static OutputFile NoIndexHeaders() => OutputFile.Text("_headers", "/*\n  X-Robots-Tag: noindex\n");
}

/// <summary>One page of the sitemap: its address, when it was last reviewed, and its versions in other languages.</summary>
public sealed record SitemapEntry(string UrlPath, DateOnly? LastReviewed, IReadOnlyList<Alternate> Alternates);
