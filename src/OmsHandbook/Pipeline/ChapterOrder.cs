using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Puts chapters in reading order: site.yml's navigation list when it has one, then by each
/// chapter's order (front matter, else its file number), then by file name.
/// </summary>
public static class ChapterOrder
{
    public static IReadOnlyList<ContentPage> Apply(IReadOnlyList<ContentPage> chapters, IReadOnlyList<Located<string>> navigation, DiagnosticBag diagnostics)
    {
        var byDefault = chapters.OrderBy(c => c.Order).ThenBy(c => c.File.RelativePath, StringComparer.Ordinal).ToList();
        if (navigation.Count == 0)
        {
            return byDefault;
        }

        var byName = chapters.ToDictionary(c => Path.GetFileName(c.File.FullPath), StringComparer.Ordinal);
        var listed = new List<ContentPage>();
        foreach (var entry in navigation)
        {
            if (byName.TryGetValue(entry.Value, out var chapter))
            {
                if (!listed.Contains(chapter))
                {
                    listed.Add(chapter);
                }
            }
            else
            {
                var hint = Suggest.Nearest(entry.Value, byName.Keys) is { } near ? $"did you mean '{near}'? " : "";
                diagnostics.Error(DiagnosticCodes.UnknownNavigationEntry, entry.Location,
                    $"navigation names '{entry.Value}', which is not a file in chapters/; {hint}list chapter file names such as '02-symptoms.md'");
            }
        }

        return listed.Concat(byDefault.Where(c => !listed.Contains(c))).ToList();
    }
}
