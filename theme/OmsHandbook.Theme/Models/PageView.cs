using OmsHandbook.Theme.Text;

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

    /// <summary>This page in every edition that has it, this one included, for hreflang alternates; empty when no other edition has it.</summary>
    public IReadOnlyList<Alternate> Alternates { get; init; } = [];

    /// <summary>Where the language switcher leads from this page: one entry per other edition; empty when the site has one edition.</summary>
    public IReadOnlyList<OtherEdition> OtherEditions { get; init; } = [];

    /// <summary>What a translated page says about its translation; null for a page in the original language.</summary>
    public TranslationNotice? Translation { get; init; }
}

/// <summary>One language's version of a page: its language tag and absolute address.</summary>
public sealed record Alternate(string Language, string Url);

/// <summary>The language switcher's way into another edition.</summary>
/// <param name="Name">The edition's language named in that language ("Español"): readers look for their own language's name.</param>
/// <param name="Translated">False when this page has no translation there, and the link leads to that edition's home page.</param>
/// <param name="NotTranslatedNote">Said beside the link when it is not translated, in that edition's language.</param>
public sealed record OtherEdition(string Language, string Name, string Href, bool Translated, string NotTranslatedNote);

/// <summary>A translated page's notice: the page it translates, the date of that text, and whether the original has changed since.</summary>
/// <param name="TextOf">The date of the original's text it was made from; null for pages without a date (the FAQ, the glossary).</param>
public sealed record TranslationNotice(string OriginalHref, string OriginalLanguage, DateOnly? TextOf, bool Behind);

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
    ShareCard? Share = null)
{
    /// <summary>The site's own words, in this edition's language.</summary>
    public UiText Text { get; init; } = EnglishText.Table;

    /// <summary>This edition's home page.</summary>
    public string Home { get; init; } = "/";

    /// <summary>The handbook's icon (our own drawing), for the browser's tab and an installed handbook.</summary>
    public string IconHref { get; init; } = "";

    /// <summary>This edition's web app manifest, for installing the handbook.</summary>
    public string Manifest { get; init; } = "/manifest.webmanifest";

    /// <summary>This edition's questions and answers.</summary>
    public string Faq { get; init; } = "/faq/";

    /// <summary>This edition's glossary.</summary>
    public string Glossary { get; init; } = "/glossary/";
}

/// <summary>The site-wide half of a link preview: each page adds its own title, description and address.</summary>
/// <param name="Locale">The language as Open Graph writes it: en_GB.</param>
/// <param name="ImageUrl">The absolute address of the share picture (1200 by 630), or null when the handbook has none.</param>
public sealed record ShareCard(string SiteName, string Locale, string? ImageUrl, string ImageAlt);

/// <summary>The chapters a page lists beside its content, and where the full list is when these are only some of them.</summary>
public sealed record ChapterList(IReadOnlyList<NavLink> Links, NavLink? AllChapters);

/// <summary>A link with its visible text.</summary>
public sealed record NavLink(string Text, string Href);
