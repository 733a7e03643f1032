using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>/404.html, served for any address that has no page.</summary>
public static class NotFoundPage
{
    public static PageToRender Build(SiteConfig site, SiteChrome chrome, IReadOnlyList<ContentPage> chapters)
    {
        var suggestions = new List<NavLink> { new("The home page", SitePaths.Home) };
        suggestions.AddRange(chapters.Take(3).Select(c => new NavLink(c.Meta.Title, c.UrlPath)));
        suggestions.Add(new NavLink(SitePageTitles.Faq, SitePaths.Faq));
        suggestions.Add(new NavLink(SitePageTitles.Glossary, SitePaths.Glossary));
        var view = new PageView(chrome, "Page not found", "There is no page at this address.",
            site.BaseUrl + SitePaths.NotFound, SitePaths.NotFound, new NotFoundBody(suggestions), JsonLd: null);
        return new PageToRender(SitePaths.NotFound, view, null);
    }
}
