using System.Globalization;
using System.Text.RegularExpressions;
using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Reads index.md and chapters/NN-slug.md into pages.</summary>
public static partial class PageLoader
{
    public const string HomeFile = "index.md";
    public const string ChapterFolder = "chapters";

    public static ContentPage? LoadHome(InputFile file, DiagnosticBag diagnostics)
    {
        var parts = FrontMatter.Split(file, diagnostics);
        if (parts is not { } p)
        {
            return null;
        }

        var meta = FrontMatter.Read(file, p.Yaml, reviewRequired: false, diagnostics);
        return meta is null ? null : new ContentPage(file, meta, p.Body, p.BodyFirstLine, Slug: "", Order: 0);
    }

    public static ContentPage? LoadChapter(InputFile file, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(file.FullPath);
        var match = ChapterFileName().Match(name);
        if (!match.Success)
        {
            diagnostics.Error(DiagnosticCodes.BadChapterFileName, SourceLocation.StartOf(file.DisplayPath),
                $"chapter file '{name}' must be named NN-slug.md: a number, a hyphen, then lower-case words joined by hyphens, e.g. '02-symptoms.md'");
            return null;
        }

        var parts = FrontMatter.Split(file, diagnostics);
        if (parts is not { } p)
        {
            return null;
        }

        var meta = FrontMatter.Read(file, p.Yaml, reviewRequired: true, diagnostics);
        if (meta is null)
        {
            return null;
        }

        var number = int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        return new ContentPage(file, meta, p.Body, p.BodyFirstLine, match.Groups["slug"].Value, meta.Order ?? number);
    }

    [GeneratedRegex(@"^(?<number>[0-9]{1,9})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterFileName();
}
