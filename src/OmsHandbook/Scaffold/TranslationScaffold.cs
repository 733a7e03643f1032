using System.Globalization;
using System.Text.RegularExpressions;
using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Scaffold;

/// <summary>
/// `new chapter "Título" --lang es --translates 02-symptoms.md`: starts the translation of an English
/// chapter in input/es/chapters/, numbered as the original, paired with it (translation_of and the
/// original's source_hash), with the original's text below to translate in place: its headings,
/// citations and care cards are the structure the translation keeps.
/// </summary>
public static partial class TranslationScaffold
{
    public static ScaffoldResult Create(string inputFolder, string language, string original, string title, DateOnly today)
    {
        title = title.Trim();
        var slug = Slug.From(title);
        var diagnostics = new DiagnosticBag();
        var input = new InputFolder(inputFolder, diagnostics);
        if (!input.Exists(language + "/" + SiteConfigLoader.FileName))
        {
            return ScaffoldResult.Refused($"there is no edition in '{InputFolder.Display(input.PathOf(language))}': a translation starts with its own site.yml there (see CONTRIBUTING.md, \"Translating a page\")");
        }

        var originals = Directory.EnumerateFiles(input.PathOf(PageLoader.ChapterFolder), "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (!originals.Contains(original, StringComparer.Ordinal))
        {
            var hint = Suggest.Nearest(original, originals) is { } near ? $"did you mean '{near}'? " : "";
            return ScaffoldResult.Refused($"'{original}' is not a chapter in {InputFolder.Display(input.PathOf(PageLoader.ChapterFolder))}; {hint}name the English file this page translates with --translates");
        }

        if (slug.Length == 0 || SitePaths.ReservedSlugs.Contains(slug))
        {
            return ScaffoldResult.Refused($"the title '{title}' cannot make the page's address; choose a title with letters, not one of the site's own pages");
        }

        var folder = language + "/" + PageLoader.ChapterFolder;
        var translations = input.Files(folder, "*.md", SearchOption.TopDirectoryOnly)
            .Select(relative => input.Read(relative) is { } file ? PageLoader.LoadChapter(file, diagnostics) : null)
            .OfType<ContentPage>()
            .ToList();
        if (translations.FirstOrDefault(t => t.Meta.TranslationOf?.Value == original) is { } done)
        {
            return ScaffoldResult.Refused($"{done.File.DisplayPath} already translates '{original}'; update that page instead");
        }

        if (translations.FirstOrDefault(t => t.Slug == slug) is { } same)
        {
            return ScaffoldResult.Refused($"{same.File.DisplayPath} already has the address /{language}/{slug}/; choose another title");
        }

        var source = PageLoader.LoadChapter(input.Read(PageLoader.ChapterFolder + "/" + original)!, diagnostics);
        if (source is null)
        {
            return ScaffoldResult.Refused($"'{original}' does not read as a chapter; run check and fix it first");
        }

        var name = NumberOf().Match(original).Value + slug + ".md";
        var byOriginal = translations.Where(t => t.Meta.TranslationOf is not null)
            .ToDictionary(t => t.Meta.TranslationOf!.Value, t => Path.GetFileName(t.File.FullPath), StringComparer.Ordinal);
        byOriginal[original] = name;
        Directory.CreateDirectory(input.PathOf(folder));
        File.WriteAllText(input.PathOf(folder + "/" + name), Template(title, source, original, byOriginal, today));
        return ScaffoldResult.Done($"Created {InputFolder.Display(input.PathOf(folder + "/" + name))}, published at /{language}/{slug}/, with the English text to translate in place. " +
            "Keep every heading, citation and ':::' block; links to chapters not yet translated stay English until they are.");
    }

    private static string Template(string title, ContentPage source, string original, IReadOnlyDictionary<string, string> translated, DateOnly today)
    {
        // Links to chapters that have a translation lead to it; the others stay as they are until translated.
        var body = ChapterLink().Replace(source.Body, m => translated.TryGetValue(m.Groups["file"].Value, out var file) ? "(" + file + m.Groups["rest"].Value : m.Value);
        return $"""
            ---
            title: {YamlScalar.Write(title)}
            description: {YamlScalar.Write(source.Meta.Description)}
            audience: {source.Meta.Audience.ToString().ToLowerInvariant()}
            last_reviewed: {(source.Meta.LastReviewed ?? today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            reviewed_by: ""
            translation_of: {original}
            source_hash: {TranslationSource.HashOf(source)}
            ---
            """ + "\n" + body.TrimStart('\n');
    }

    [GeneratedRegex(@"^[0-9]{1,9}-")]
    private static partial Regex NumberOf();

    [GeneratedRegex(@"\((?<file>[0-9]{1,9}-[^()#\s/]+\.md)(?<rest>[#)])")]
    private static partial Regex ChapterLink();
}
