using System.Text;
using System.Text.RegularExpressions;

namespace OmsHandbook.Bench.Corpus;

/// <summary>
/// Turns a handbook input folder into a Hugo site with the same Markdown: chapters become content
/// pages at the same URLs, chapter links become those URLs, and a small layout draws each page
/// with its title, a table of contents and previous/next links. hugo.toml builds that; adding
/// nav.toml (`--config hugo.toml,nav.toml`) also lists every chapter on every page, as our layout does.
/// Hugo does no glossary links, citations, care cards, checks, print edition or search.
/// </summary>
public static partial class HugoSite
{
    private static readonly (string Path, string Text)[] Layouts =
    [
        ("layouts/_default/baseof.html",
            """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <title>{{ .Title }} – {{ site.Title }}</title>
            <meta name="description" content="{{ .Description }}">
            <link rel="canonical" href="{{ .Permalink }}">
            </head>
            <body>
            <header><a href="/">{{ site.Title }}</a></header>
            {{ if site.Params.fullNav }}{{ $current := . }}<nav aria-label="Chapters"><ol>
            {{ range site.RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}"{{ if eq . $current }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
            {{ end }}</ol></nav>{{ end }}
            <main>
            {{ block "main" . }}{{ end }}
            </main>
            </body>
            </html>

            """),
        ("layouts/_default/single.html",
            """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <nav aria-label="On this page">{{ .TableOfContents }}</nav>
            {{ .Content }}
            <nav aria-label="Previous and next">{{ with .Prev }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .Next }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            {{ end }}

            """),
        ("layouts/_default/list.html",
            """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ .Content }}
            {{ end }}

            """),
        ("layouts/index.html",
            """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ .Content }}
            {{ end }}

            """),
        ("nav.toml", "[params]\nfullNav = true\n"),
    ];

    /// <returns>How many content pages were written.</returns>
    public static int Convert(string inputFolder, string siteFolder)
    {
        if (Directory.Exists(siteFolder))
        {
            Directory.Delete(siteFolder, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(siteFolder, "content"));
        var title = File.ReadLines(Path.Combine(inputFolder, "site.yml"))
            .FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal))?["title:".Length..].Trim() ?? "Handbook";
        Write(siteFolder, "hugo.toml",
            $"baseURL = \"https://bench.example.org/\"\nlanguageCode = \"en-GB\"\ntitle = {Text.Quote(title)}\n" +
            "disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n\n[markup.tableOfContents]\nstartLevel = 2\nendLevel = 3\n\n[params]\nfullNav = false\n");
        foreach (var (path, text) in Layouts)
        {
            Write(siteFolder, path, text);
        }

        Write(siteFolder, "content/_index.md", Page(File.ReadAllText(Path.Combine(inputFolder, "index.md")), weight: null));
        var chapters = Directory.GetFiles(Path.Combine(inputFolder, "chapters"), "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var file in chapters)
        {
            var match = ChapterFileName().Match(Path.GetFileName(file));
            Write(siteFolder, "content/" + match.Groups["slug"].Value + ".md",
                Page(File.ReadAllText(file), int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return chapters.Count + 1;
    }

    /// <summary>Our front matter (which Hugo accepts as it is) plus a weight for the order, and links as URLs.</summary>
    private static string Page(string markdown, int? weight)
    {
        var text = weight is { } w ? markdown.Insert("---\n".Length, "weight: " + Text.Number(w) + "\n") : markdown;
        return ChapterLink().Replace(text, m => "](/" + m.Groups["slug"].Value + "/" + m.Groups["fragment"].Value + ")");
    }

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    [GeneratedRegex(@"^(?<number>[0-9]+)-(?<slug>[a-z0-9-]+)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterFileName();

    [GeneratedRegex(@"\]\((?:\.\./chapters/|chapters/)?[0-9]+-(?<slug>[a-z0-9-]+)\.md(?<fragment>#[^)\s]*)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterLink();
}
