using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Splits a Markdown page into its YAML front matter and its body, and reads the front matter.</summary>
public static class FrontMatter
{
    private const string Fence = "---";

    /// <summary>The front matter's YAML, and the body with the 1-based file line it starts on.</summary>
    public static (string Yaml, string Body, int BodyFirstLine)? Split(InputFile file, DiagnosticBag diagnostics)
    {
        if (file.Text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(file.DisplayPath),
                "the page is empty; start it with front matter ('---', 'title:', 'description:' and the other fields, '---') and then its text, or delete the file");
            return null;
        }

        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            diagnostics.Error(DiagnosticCodes.MissingField, SourceLocation.StartOf(file.DisplayPath),
                "the page has no front matter; start the file with a '---' line, then 'title:', 'description:' and the other fields, then another '---' line");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == Fence)
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return (yaml, body, i + 2);
            }
        }

        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, SourceLocation.StartOf(file.DisplayPath),
            "the front matter that starts on line 1 is never closed; add a line containing only '---' after the last field");
        return null;
    }

    public static PageFrontMatter? Read(InputFile file, string yaml, bool reviewRequired, DiagnosticBag diagnostics)
    {
        // The YAML starts on line 2 of the file, after the opening '---'.
        const int lineOffset = 1;
        var root = YamlText.Parse(file, yaml, lineOffset, diagnostics);
        if (root is null && yaml.Trim().Length > 0)
        {
            return null;
        }

        var map = YamlMap.From(root, file, lineOffset, diagnostics, "the front matter");
        if (map is null)
        {
            return null;
        }

        var title = map.RequiredString("title");
        var description = map.RequiredString("description");
        var order = map.OptionalInt("order");
        var audience = map.OptionalEnum<Audience>("audience") ?? Audience.Everyone;
        var lastReviewed = reviewRequired ? map.RequiredDate("last_reviewed") : map.OptionalDate("last_reviewed");
        var nextReview = map.OptionalDate("next_review");
        var reviewedBy = map.OptionalString("reviewed_by") ?? "";
        var aliases = map.StringList("aliases", PublishedValue.SitePath);
        var translationOf = map.OptionalString("translation_of") is { } original ? new Located<string>(original.Trim(), map.LocationOf("translation_of")) : null;
        var sourceHash = map.LocatedString("source_hash");
        var reviewLocation = nextReview is null ? map.LocationOf("last_reviewed") : map.LocationOf("next_review");
        map.ReportUnknownKeys();

        if (lastReviewed is { } last && nextReview is { } next && next <= last)
        {
            diagnostics.Error(DiagnosticCodes.ReviewDatesOutOfOrder, map.Location,
                $"next_review ({next:yyyy-MM-dd}) must come after last_reviewed ({last:yyyy-MM-dd})");
        }

        if (title is null || description is null)
        {
            return null;
        }

        return new PageFrontMatter(title.Trim(), description.Trim(), order, audience, lastReviewed, nextReview,
            reviewedBy.Trim(), aliases, map.Location, reviewLocation)
        {
            LastReviewedLocation = lastReviewed is null ? null : map.LocationOf("last_reviewed"),
            TranslationOf = translationOf,
            SourceHash = sourceHash,
        };
    }
}
