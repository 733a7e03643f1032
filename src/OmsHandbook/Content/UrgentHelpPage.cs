using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Finds the chapter site.yml names as `urgent_help`, the page every header links to.</summary>
public static class UrgentHelpPage
{
    /// <summary>The chapter named as the urgent-help page, or null when site.yml names none or names a file that is not a chapter.</summary>
    public static ContentPage? Find(SiteConfig site, IReadOnlyList<ContentPage> chapters) =>
        site.UrgentHelp is { } name ? chapters.FirstOrDefault(c => Path.GetFileName(c.File.FullPath) == name.Value) : null;

    public static void Check(HandbookContent content, DiagnosticBag diagnostics)
    {
        if (content.Site.UrgentHelp is not { } name || Find(content.Site, content.Chapters) is not null)
        {
            return;
        }

        var files = content.Chapters.Select(c => Path.GetFileName(c.File.FullPath)).ToList();
        var hint = Suggest.Nearest(name.Value, files) is { } near ? $"did you mean '{near}'? " : "";
        diagnostics.Error(DiagnosticCodes.UnknownUrgentHelpPage, name.Location,
            $"urgent_help names '{name.Value}', which is not a file in chapters/; {hint}name the chapter that says when to get urgent help, such as '03-urgent-help.md', or remove urgent_help");
    }
}
