using OmsHandbook.Content;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>What every page shares: navigation, footer links and the disclaimer.</summary>
public static class SiteChromeBuilder
{
    public const string Disclaimer =
        "This handbook gives information, not medical advice. It does not replace the advice of your own doctors and care team. " +
        "If you are worried, contact your care team. In an emergency, call your local emergency number.";

    public static SiteChrome Build(SiteConfig site, IReadOnlyList<ContentPage> chapters, string stylesheetHref, SearchBoxView search)
    {
        var footer = new List<NavLink>
        {
            new("Questions and answers", SitePaths.Faq),
            new("Glossary", SitePaths.Glossary),
            new("Print the whole handbook", SitePaths.Print),
        };
        if (site.Repository is not null)
        {
            footer.Add(new NavLink("Give feedback", site.Repository + "/issues/new"));
        }

        return new SiteChrome(
            site.Title,
            site.Language,
            stylesheetHref,
            chapters.Select(c => new NavLink(c.Meta.Title, c.UrlPath)).Prepend(new NavLink("Home", SitePaths.Home)).ToList(),
            footer,
            Disclaimer,
            search);
    }
}
