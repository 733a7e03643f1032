using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OmsHandbook.Tests.Support;

/// <summary>One address the build wrote, where it stands (file(line,column) when known) and which attribute or field holds it.</summary>
public sealed record WrittenAddress(string Where, string What, string Url)
{
    public override string ToString() => $"{Where}: {What} '{Url}'";
}

/// <summary>
/// Every address a built site hands to a browser, a crawler or a server: the URL attributes of
/// every HTML element, address-like data-* attributes the scripts follow, meta tags that hold a
/// URL, JSON-LD, the sitemap, robots.txt and the search index's page addresses.
/// </summary>
/// <remarks>
/// _redirects is left out: Netlify matches its paths against the request's path rather than
/// following them as links, and whether it matches a rule written with %XX escapes the same as one
/// written as /señales/ is not something a test here can learn, so aliases stay as written.
/// </remarks>
public static class SiteAddresses
{
    /// <summary>Attributes HTML defines as holding one URL (on whichever element carries them).</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "poster", "cite", "manifest", "background", "longdesc", "itemid", "xlink:href",
    };

    /// <summary>JSON-LD keys whose string values are addresses.</summary>
    private static readonly HashSet<string> JsonLdUrlKeys = new(StringComparer.Ordinal)
    {
        "@context", "@id", "url", "sameAs", "image", "logo", "contentUrl", "embedUrl", "thumbnailUrl", "mainEntityOfPage", "isBasedOn", "license",
    };

    public static (int Pages, IReadOnlyList<WrittenAddress> Addresses) In(string output)
    {
        var found = new List<WrittenAddress>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in pages)
        {
            var name = Relative(output, file);
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.All)
            {
                FromElement(name, element, found);
            }
        }

        FromSitemap(output, found);
        FromRobots(output, found);
        FromSearchIndex(output, found);
        return (pages.Count, found);
    }

    private static void FromElement(string file, IElement element, List<WrittenAddress> found)
    {
        var position = element.SourceReference?.Position;
        var where = position is { } p ? string.Create(CultureInfo.InvariantCulture, $"{file}({p.Line},{p.Column})") : file;
        var tag = element.LocalName;
        foreach (var attribute in element.Attributes)
        {
            var what = $"<{tag} {attribute.Name}>";
            if (UrlAttributes.Contains(attribute.Name) || (tag == "object" && attribute.Name == "data"))
            {
                found.Add(new(where, what, attribute.Value));
            }
            else if (attribute.Name is "srcset" or "imagesrcset")
            {
                found.AddRange(UrlStandard.SrcsetUrls(attribute.Value).Select(u => new WrittenAddress(where, what, u)));
            }
            else if (attribute.Name == "ping")
            {
                found.AddRange(attribute.Value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).Select(u => new WrittenAddress(where, what, u)));
            }
            else if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && LooksLikeAddress(attribute.Value))
            {
                // The scripts fetch or navigate to these (data-search-index, data-search-browse).
                found.Add(new(where, what, attribute.Value));
            }
        }

        if (tag == "meta" && element.GetAttribute("content") is { } content)
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? "";
            if (key.EndsWith(":url", StringComparison.Ordinal) || key.EndsWith(":image", StringComparison.Ordinal))
            {
                found.Add(new(where, $"<meta {key}>", content));
            }
            else if (string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && content.IndexOf("url=", StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                found.Add(new(where, "<meta http-equiv=refresh>", content[(at + 4)..].Trim().Trim('\'', '"')));
            }
        }

        if (tag == "script" && element.GetAttribute("type") == "application/ld+json")
        {
            using var json = JsonDocument.Parse(element.TextContent);
            FromJson(where, "JSON-LD", json.RootElement, null, found);
        }
    }

    private static void FromJson(string where, string path, JsonElement value, string? key, List<WrittenAddress> found)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    FromJson(where, path + "." + property.Name, property.Value, property.Name, found);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    FromJson(where, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), item, key, found);
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if ((key is not null && JsonLdUrlKeys.Contains(key)) || text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))
                {
                    found.Add(new(where, path, text));
                }

                break;
        }
    }

    private static void FromSitemap(string output, List<WrittenAddress> found)
    {
        var file = Path.Combine(output, "sitemap.xml");
        if (!File.Exists(file))
        {
            return;
        }

        var xml = XDocument.Load(file, LoadOptions.SetLineInfo);
        foreach (var element in xml.Descendants())
        {
            var line = (IXmlLineInfo)element;
            var where = string.Create(CultureInfo.InvariantCulture, $"sitemap.xml({line.LineNumber},{line.LinePosition})");
            if (element.Name.LocalName == "loc")
            {
                found.Add(new(where, "<loc>", element.Value));
            }

            found.AddRange(element.Attributes().Where(a => a.Name.LocalName == "href").Select(a => new WrittenAddress(where, $"<{element.Name.LocalName} href>", a.Value)));
        }
    }

    private static void FromRobots(string output, List<WrittenAddress> found)
    {
        var file = Path.Combine(output, "robots.txt");
        if (!File.Exists(file))
        {
            return;
        }

        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new(string.Create(CultureInfo.InvariantCulture, $"robots.txt({i + 1},10)"), "Sitemap", lines[i]["Sitemap:".Length..].Trim()));
            }
        }
    }

    /// <summary>The search script links each result to a page's address, with "#id" for a section.</summary>
    private static void FromSearchIndex(string output, List<WrittenAddress> found)
    {
        var file = Path.Combine(output, "search", "index.json");
        if (!File.Exists(file))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        if (!json.RootElement.TryGetProperty("pages", out var pages))
        {
            return;
        }

        var n = 0;
        foreach (var page in pages.EnumerateArray())
        {
            var url = page[1].GetString()!;
            var where = string.Create(CultureInfo.InvariantCulture, $"search/index.json pages[{n++}]");
            found.Add(new(where, "page", url));
            foreach (var section in page[2].EnumerateArray())
            {
                if (section[1].GetString() is { Length: > 0 } id)
                {
                    found.Add(new(where, "section", url + "#" + id));
                }
            }
        }
    }

    private static bool LooksLikeAddress(string value) =>
        value.StartsWith('/') || value.StartsWith('#') || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
        || value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal);

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
