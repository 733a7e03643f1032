using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>What every page shares: navigation, footer links and the disclaimer, in the edition's language.</summary>
public static class SiteChromeBuilder
{
    /// <summary>Chapters the footer names on every page, when the handbook has them (WCAG 3.2.6: help in the same place), by their slug in the first edition.</summary>
    private static readonly (string Slug, Func<UiText, string> Text)[] FooterChapters =
    [
        (ArticlePages.AboutSlug, t => t.AboutLink),
        ("accessibility", t => t.AccessibilityLink),
    ];

    /// <summary>The share picture's path inside input/media: when it is there, link previews show it (issue 21.6).</summary>
    public const string ShareImage = "share.png";

    /// <param name="hasShareImage">Whether input/media holds <see cref="ShareImage"/>.</param>
    /// <param name="iconHref">The handbook's icon, for the tab and an installed handbook.</param>
    public static SiteChrome Build(SiteConfig site, IReadOnlyList<ContentPage> chapters, string stylesheetHref, string scriptHref, SearchBoxView search, bool hasShareImage = false, string iconHref = "")
    {
        var text = UiText.For(site.Language);
        var paths = site.Paths;
        var footer = new List<NavLink>();
        if (site.Repository is not null)
        {
            footer.Add(new NavLink(text.GiveFeedback, site.Repository + "/issues/new"));
        }

        footer.AddRange(FooterChapters
            .Select(f => (Chapter: chapters.FirstOrDefault(c => c.OriginalSlug == f.Slug), f.Text))
            .Where(f => f.Chapter is not null)
            .Select(f => new NavLink(f.Text(text), f.Chapter!.UrlPath)));
        footer.AddRange(
        [
            new(text.FaqTitle, paths.Faq),
            new(text.GlossaryTitle, paths.Glossary),
            new(text.PrintLink, paths.Print),
        ]);

        return new SiteChrome(
            site.Title,
            site.Language,
            stylesheetHref,
            scriptHref,
            chapters.Select(c => new NavLink(c.Meta.Title, c.UrlPath)).Prepend(new NavLink(text.HomeLink, paths.Home)).ToList(),
            footer,
            text.Disclaimer,
            search,
            UrgentHelpPage.Find(site, chapters) is { } urgent ? new NavLink(text.UrgentHelpLink, urgent.UrlPath) : null,
            new ShareCard(site.Title, site.Language.Replace('-', '_'), hasShareImage ? site.BaseUrl + "/media/" + ShareImage : null,
                $"{site.Title}: {site.Description}"))
        {
            Text = text,
            Home = paths.Home,
            Manifest = paths.Root + SiteFiles.ManifestName,
            IconHref = iconHref,
            Faq = paths.Faq,
            Glossary = paths.Glossary,
        };
    }
}
