using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>What every page shares: navigation, footer links and the disclaimer.</summary>
public static class SiteChromeBuilder
{
    public const string Disclaimer =
        "This handbook gives information, not medical advice. It does not replace the advice of your own doctors and care team. " +
        "If you are worried, contact your care team. In an emergency, call your local emergency number.";

    /// <summary>The header's label for the urgent-help page: short enough to sit beside the title on a 320 px phone.</summary>
    public const string UrgentHelpLabel = "Urgent help";

    /// <summary>Chapters the footer names on every page, when the handbook has them (WCAG 3.2.6: help in the same place).</summary>
    private static readonly (string Slug, string Text)[] FooterChapters =
    [
        ("about", "About this handbook and how it is reviewed"),
        ("accessibility", "Accessibility statement"),
    ];

    /// <summary>The share picture's path inside input/media: when it is there, link previews show it (issue 21.6).</summary>
    public const string ShareImage = "share.png";

    /// <param name="hasShareImage">Whether input/media holds <see cref="ShareImage"/>.</param>
    public static SiteChrome Build(SiteConfig site, IReadOnlyList<ContentPage> chapters, string stylesheetHref, string scriptHref, SearchBoxView search, bool hasShareImage = false)
    {
        var footer = new List<NavLink>();
        if (site.Repository is not null)
        {
            footer.Add(new NavLink("Give feedback", site.Repository + "/issues/new"));
        }

        footer.AddRange(FooterChapters
            .Where(f => chapters.Any(c => c.Slug == f.Slug))
            .Select(f => new NavLink(f.Text, "/" + f.Slug + "/")));
        footer.AddRange(
        [
            new("Questions and answers", SitePaths.Faq),
            new("Glossary", SitePaths.Glossary),
            new("Print the whole handbook", SitePaths.Print),
        ]);

        return new SiteChrome(
            site.Title,
            site.Language,
            stylesheetHref,
            scriptHref,
            chapters.Select(c => new NavLink(c.Meta.Title, c.UrlPath)).Prepend(new NavLink("Home", SitePaths.Home)).ToList(),
            footer,
            Disclaimer,
            search,
            UrgentHelpPage.Find(site, chapters) is { } urgent ? new NavLink(UrgentHelpLabel, urgent.UrlPath) : null,
            new ShareCard(site.Title, site.Language.Replace('-', '_'), hasShareImage ? site.BaseUrl + "/media/" + ShareImage : null,
                $"{site.Title}: {site.Description}"));
    }
}
