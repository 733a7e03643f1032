using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Reads site.yml.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    public static SiteConfig? Load(InputFile file, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(file, file.Text, 0, diagnostics);
        if (root is null)
        {
            // Unreadable YAML was reported where the parser stopped; an empty file is reported here.
            if (YamlText.IsEmpty(file.Text))
            {
                diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(file.DisplayPath),
                    "site.yml is empty; it needs at least 'title:', 'description:' and 'base_url:' (see docs/diagnostics.md)");
            }

            return null;
        }

        var map = YamlMap.From(root, file, 0, diagnostics, FileName);
        if (map is null)
        {
            return null;
        }

        var title = map.RequiredString("title");
        var description = map.RequiredString("description");
        var baseUrl = map.RequiredString("base_url", PublishedValue.SiteAddress);
        var language = map.OptionalString("language", PublishedValue.LanguageTag) ?? "en-GB";
        var repository = map.OptionalString("repository", PublishedValue.WebAddress);
        var branch = map.OptionalString("branch") ?? "main";
        var navigation = map.StringList("navigation");
        var smogCeiling = map.OptionalInt("smog_ceiling") ?? SiteConfig.DefaultSmogCeiling;
        var readingEaseFloor = map.OptionalInt("reading_ease_floor") ?? SiteConfig.DefaultReadingEaseFloor;
        var figureMaxBytes = map.OptionalInt("figure_max_bytes") ?? SiteConfig.DefaultFigureMaxBytes;
        var offlineLimit = map.OptionalInt("offline_limit_mb") ?? SiteConfig.DefaultOfflineLimitMegabytes;
        var urgentHelp = map.OptionalString("urgent_help") is { } page ? new Located<string>(page.Trim(), map.LocationOf("urgent_help")) : null;
        var urgency = ReadUrgencyScale(map.OptionalMap("urgency_scale", "'urgency_scale'"));
        var condition = ReadCondition(map.OptionalMap("condition", "'condition'"), title);
        map.ReportUnknownKeys();

        if (smogCeiling is < 1 or > 30)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOf("smog_ceiling"),
                $"'smog_ceiling' is a SMOG grade between 1 and 30 (NHS aims for 12 or less), but it is {smogCeiling}");
        }

        if (readingEaseFloor is < 0 or > 100)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOf("reading_ease_floor"),
                $"'reading_ease_floor' is a Szigriszt-Pazos index between 0 and 100 (55 is where 'normal' starts on the INFLESZ scale), but it is {readingEaseFloor}");
        }

        if (figureMaxBytes is < 1 or > 1_000_000)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOf("figure_max_bytes"),
                $"'figure_max_bytes' is the most bytes an SVG figure may have, between 1 and 1000000 (20000 when left out), but it is {figureMaxBytes}");
        }

        if (offlineLimit is < 1 or > 1000)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOf("offline_limit_mb"),
                $"'offline_limit_mb' is the most megabytes an edition's offline copy keeps up front, between 1 and 1000 ({SiteConfig.DefaultOfflineLimitMegabytes} when left out), but it is {offlineLimit}");
        }

        return title is null || description is null || baseUrl is null
            ? null
            : new SiteConfig(title, description, baseUrl.TrimEnd('/'), language, repository?.TrimEnd('/'), branch, condition, navigation, smogCeiling, urgentHelp, urgency, figureMaxBytes, readingEaseFloor)
            {
                OfflineLimitMegabytes = offlineLimit,
            };
    }

    private static UrgencyScale? ReadUrgencyScale(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var levels = UrgencyScale.CardLevels
            .SelectMany(card => map.StringList(card).Select(words => new UrgencyWords(card, words.Value.Trim())))
            .ToList();
        map.ReportUnknownKeys();
        return new UrgencyScale(levels);
    }

    private static MedicalConditionInfo ReadCondition(YamlMap? map, string? siteTitle)
    {
        if (map is null)
        {
            return new MedicalConditionInfo(siteTitle ?? "", []);
        }

        var name = map.RequiredString("name") ?? "";
        var alternates = map.StringList("alternate_names").Select(a => a.Value).ToList();
        map.ReportUnknownKeys();
        return new MedicalConditionInfo(name, alternates);
    }
}
