using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>/404.html, served for any address that has no page.</summary>
public static class NotFoundPage
{
    public static PageToRender Build(SiteConfig site, SiteChrome chrome, IReadOnlyList<ContentPage> chapters)
    {
        var paths = site.Paths;
        var text = chrome.Text;
        var suggestions = new List<NavLink> { new(text.HomePageLink, paths.Home) };
        suggestions.AddRange(chapters.Take(3).Select(c => new NavLink(c.Meta.Title, c.UrlPath)));
        suggestions.Add(new NavLink(text.FaqTitle, paths.Faq));
        suggestions.Add(new NavLink(text.GlossaryTitle, paths.Glossary));
        var view = new PageView(chrome, text.NotFoundTitle, text.NotFoundDescription,
            site.BaseUrl + paths.NotFound, paths.NotFound, new NotFoundBody(suggestions), JsonLd: null);
        return new PageToRender(paths.NotFound, view, null);
    }
}
