using System.Globalization;
using System.Text.RegularExpressions;
using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Scaffold;

/// <summary>
/// `new chapter "Title"`: writes input/chapters/NN-slug.md with the next number and front matter that
/// builds, refusing an address that a chapter, an old address (alias) or the site itself already uses.
/// </summary>
public static partial class ChapterScaffold
{
    public static ScaffoldResult Create(string inputFolder, string title, DateOnly today)
    {
        title = title.Trim();
        var slug = Slug.From(title);
        if (slug.Length == 0)
        {
            return ScaffoldResult.Refused($"the title '{title}' has no letters or digits to make the page's address from; e.g. new chapter \"Living with OMS\"");
        }

        if (!Directory.Exists(inputFolder))
        {
            return ScaffoldResult.Refused($"the input folder '{InputFolder.Display(Path.GetFullPath(inputFolder))}' does not exist; run from the repository root or pass --input DIR");
        }

        if (SitePaths.ReservedSlugs.Contains(slug))
        {
            return ScaffoldResult.Refused($"the address /{slug}/ belongs to the site itself; choose another title");
        }

        var diagnostics = new DiagnosticBag();
        var input = new InputFolder(inputFolder, diagnostics);
        var folder = input.PathOf(PageLoader.ChapterFolder);
        var existing = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList() : [];
        var numbered = existing.Select(f => NumberedName().Match(Path.GetFileName(f))).Where(m => m.Success).ToList();

        if (numbered.FirstOrDefault(m => m.Groups["slug"].Value == slug) is { } same)
        {
            return ScaffoldResult.Refused($"the chapter {Shown(folder, same.Value)} already has the address /{slug}/; edit that chapter, or choose another title");
        }

        foreach (var path in existing)
        {
            var page = input.Read(PageLoader.ChapterFolder + "/" + Path.GetFileName(path)) is { } file ? PageLoader.LoadChapter(file, diagnostics) : null;
            if (page?.Meta.Aliases.FirstOrDefault(a => SitePaths.RedirectPath(a.Value) == "/" + slug + "/") is { } alias)
            {
                return ScaffoldResult.Refused($"/{slug}/ is an old address of {page.File.DisplayPath} (aliases, line {alias.Location.Line}) and redirects there; choose another title");
            }
        }

        var numbers = numbered.Select(m => m.Groups["number"].Value).ToList();
        var next = numbers.Count == 0 ? 1 : numbers.Max(n => long.Parse(n, CultureInfo.InvariantCulture)) + 1;
        var width = Math.Max(2, numbers.Count == 0 ? 0 : numbers.Max(n => n.Length));
        var name = next.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + "-" + slug + ".md";

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), Template(title, today));
        var message = $"Created {Shown(folder, name)}, published at /{slug}/. Write its description and text, then run check.";
        return ScaffoldResult.Done(message + NavigationNote(input, name));
    }

    private static string Template(string title, DateOnly today) => $"""
        ---
        title: {YamlScalar.Write(title)}
        description: Replace this with one plain sentence that says what the page covers.
        audience: families
        last_reviewed: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        reviewed_by: ""
        ---
        Start with two or three short sentences that say what this page is about.

        ## First section

        Write the page in short sentences and paragraphs. Cite a source for every fact.

        """;

    /// <summary>With a navigation list in site.yml, a chapter missing from it comes last; say so.</summary>
    private static string NavigationNote(InputFolder input, string name)
    {
        var site = input.Exists(SiteConfigLoader.FileName) ? input.Read(SiteConfigLoader.FileName) : null;
        var config = site is null ? null : SiteConfigLoader.Load(site, new DiagnosticBag());
        return config is { Navigation.Count: > 0 }
            ? $"\nsite.yml lists the chapters' order under 'navigation'; add '{name}' there, or it comes last."
            : "";
    }

    private static string Shown(string folder, string name) => InputFolder.Display(Path.Combine(folder, name));

    [GeneratedRegex(@"^(?<number>[0-9]{1,9})-(?<slug>.+)\.md$")]
    private static partial Regex NumberedName();
}
