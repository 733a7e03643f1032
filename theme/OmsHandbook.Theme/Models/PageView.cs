namespace OmsHandbook.Theme.Models;

/// <summary>Everything the layout needs to draw one page.</summary>
public sealed record PageView(
    SiteChrome Site,
    string Title,
    string Description,
    string CanonicalUrl,
    string CurrentPath,
    PageBody Body,
    string? JsonLd)
{
    /// <summary>The browser tab title: "Symptoms – OMS Handbook"; the home page is the site name alone.</summary>
    public string DocumentTitle => Title == Site.Title ? Title : $"{Title} – {Site.Title}";

    /// <summary>The chapter list beside this page; null lists every chapter of <see cref="SiteChrome.Chapters"/>.</summary>
    public ChapterList? Chapters { get; init; }

    /// <summary>Short definitions of the glossary terms linked on this page, for the click-to-open toggletips.</summary>
    public IReadOnlyList<GlossaryTip> GlossaryTips { get; init; } = [];
}

/// <summary>A glossary term's short definition as plain text, shown when a reader opens the term on a page.</summary>
public sealed record GlossaryTip(string Slug, string Term, string Definition, string Href);

/// <summary>What is the same on every page: the site's name, language, stylesheet, script, navigation, footer and search box.</summary>
/// <param name="UrgentHelp">The page that says when to get urgent help, linked from every header; null when the handbook has none.</param>
/// <param name="Share">What a link shared in a chat or post shows (Open Graph and Twitter cards); none when null.</param>
public sealed record SiteChrome(
    string Title,
    string Language,
    string StylesheetHref,
    string ScriptHref,
    IReadOnlyList<NavLink> Chapters,
    IReadOnlyList<NavLink> FooterLinks,
    string Disclaimer,
    SearchBoxView Search,
    NavLink? UrgentHelp = null,
    ShareCard? Share = null);

/// <summary>The site-wide half of a link preview: each page adds its own title, description and address.</summary>
/// <param name="Locale">The language as Open Graph writes it: en_GB.</param>
/// <param name="ImageUrl">The absolute address of the share picture (1200 by 630), or null when the handbook has none.</param>
public sealed record ShareCard(string SiteName, string Locale, string? ImageUrl, string ImageAlt);

/// <summary>The chapters a page lists beside its content, and where the full list is when these are only some of them.</summary>
public sealed record ChapterList(IReadOnlyList<NavLink> Links, NavLink? AllChapters);

/// <summary>A link with its visible text.</summary>
public sealed record NavLink(string Text, string Href);
