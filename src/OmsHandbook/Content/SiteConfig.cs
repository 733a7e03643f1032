using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Site-wide settings from site.yml.</summary>
/// <param name="Urgency">The words pages use to say when to act, per care-card level; null when site.yml has no urgency_scale (nothing is checked).</param>
/// <param name="FigureMaxBytes">The most bytes an SVG figure in input/media may have; each is drawn inline in its page.</param>
/// <param name="UrgentHelp">The chapter file that says when and how to get urgent help; every page's header links to it. Optional.</param>
/// <param name="SmogCeiling">The highest SMOG grade a page families read may have, when the edition is not in Spanish.</param>
/// <param name="ReadingEaseFloor">The lowest Szigriszt-Pazos index a page families read may have, when the edition is in Spanish.</param>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string? Repository,
    string Branch,
    MedicalConditionInfo Condition,
    IReadOnlyList<Located<string>> Navigation,
    int SmogCeiling = SiteConfig.DefaultSmogCeiling,
    Located<string>? UrgentHelp = null,
    UrgencyScale? Urgency = null,
    int FigureMaxBytes = SiteConfig.DefaultFigureMaxBytes,
    int ReadingEaseFloor = SiteConfig.DefaultReadingEaseFloor)
{
    /// <summary>The size limit for an SVG figure when site.yml names none: a figure is part of its page's bytes on a phone.</summary>
    public const int DefaultFigureMaxBytes = 20_000;

    /// <summary>Past this many megabytes an edition's offline copy keeps only its essentials up front, and the pages a reader opens.</summary>
    public int OfflineLimitMegabytes { get; init; } = DefaultOfflineLimitMegabytes;

    /// <summary>An offline copy of the real handbook is a few megabytes; one of thousands of chapters would fill a phone.</summary>
    public const int DefaultOfflineLimitMegabytes = 20;

    /// <summary>Where this edition's pages are published: the site's root, or a translation's folder ("/es/").</summary>
    public EditionPaths Paths { get; init; } = EditionPaths.Main;

    /// <summary>The readability ceiling for pages families read when site.yml names none (NHS prioritises pages above 12).</summary>
    public const int DefaultSmogCeiling = 12;

    /// <summary>
    /// The readability floor for a Spanish edition's pages families read when site.yml names none: 55,
    /// where "normal" starts on the INFLESZ scale (Barrio-Cantalejo et al. 2008); below it a text is
    /// "algo difícil", somewhat difficult.
    /// </summary>
    public const int DefaultReadingEaseFloor = 55;
}

/// <summary>The condition the handbook is about, for schema.org MedicalCondition.</summary>
public sealed record MedicalConditionInfo(string Name, IReadOnlyList<string> AlternateNames);
