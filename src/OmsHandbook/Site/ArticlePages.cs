using OmsHandbook.Content;
using OmsHandbook.Search;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>Page views for the home page and the chapters: body, contents, sources, review dates, neighbours.</summary>
public static class ArticlePages
{
    /// <summary>The page about the handbook (by its slug in the first edition), which explains the offline copy.</summary>
    public const string AboutSlug = "about";

    /// <param name="chromeKey">What every page shares, as one string (see <see cref="PageKey"/>).</param>
    public static IReadOnlyList<PageToRender> Build(SiteConfig site, SiteChrome chrome, Lazy<string> chromeKey, RenderedContent rendered, GlossaryTips tips)
    {
        var pages = rendered.Pages.ToList();
        return pages.Select((page, i) =>
        {
            var previous = i > 0 ? Link(pages[i - 1].Page) : null;
            var next = i + 1 < pages.Count ? Link(pages[i + 1].Page) : null;
            return Build(site, chrome, page, previous, next, tips) with { Key = PageKey.Of(chromeKey, page.Key, previous?.Text, previous?.Href, next?.Text, next?.Href) };
        }).ToList();
    }

    public static ReviewInfo? Review(PageFrontMatter meta) =>
        meta.LastReviewed is { } last ? new ReviewInfo(last, meta.NextReviewDue!.Value, meta.ReviewedBy) : null;

    private static PageToRender Build(SiteConfig site, SiteChrome chrome, RenderedPage rendered, NavLink? previous, NavLink? next, GlossaryTips tips) =>
        new(rendered.Page.UrlPath, () => View(site, chrome, rendered, previous, next, tips), rendered.Page.File.DisplayPath);

    private static PageView View(SiteConfig site, SiteChrome chrome, RenderedPage rendered, NavLink? previous, NavLink? next, GlossaryTips tips)
    {
        var page = rendered.Page;
        var body = new ArticleBody(
            rendered.Html,
            AudienceLabel(page.Meta.Audience, chrome.Text),
            rendered.Headings.Where(h => h.Level <= 3).Select(h => new TocEntry(h.Level, h.Text, h.Id)).ToList(),
            SourceEntries.From(rendered.Sources),
            Review(page.Meta),
            previous,
            next,
            site.Repository is null ? null : $"{site.Repository}/edit/{Href.EncodePath(site.Branch)}/input/{Href.EncodePath(page.File.RelativePath)}")
        {
            ExplainsOfflineCopy = page.OriginalSlug == AboutSlug,
        };
        return new PageView(chrome, page.Meta.Title, page.Meta.Description, site.BaseUrl + page.UrlPath, page.UrlPath, body,
            JsonLd.MedicalWebPage(site, page, rendered.Sources))
        {
            GlossaryTips = tips.For(rendered.TermsUsed),
        };
    }

    private static NavLink Link(ContentPage page) => new(page.Meta.Title, page.UrlPath);

    private static string AudienceLabel(Audience audience, UiText text) => audience switch
    {
        Audience.Families => text.ForFamilies,
        Audience.Clinicians => text.ForClinicians,
        _ => text.ForEveryone,
    };
}
