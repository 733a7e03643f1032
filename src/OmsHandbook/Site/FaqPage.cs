using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>The /faq/ page: every question as a heading, its answer, links to related chapters, and FAQPage data.</summary>
public static class FaqPage
{
    public static PageToRender Build(HandbookContent content, SiteChrome chrome, RenderedContent rendered, GlossaryTips tips)
    {
        var chapters = content.Chapters.ToDictionary(c => Path.GetFileName(c.File.FullPath), StringComparer.Ordinal);
        var items = rendered.Faq.Select(f => new FaqItem(
            f.Entry.Id,
            f.Entry.Question,
            f.Html,
            f.Entry.Related
                .Where(r => chapters.ContainsKey(r.Value))
                .Select(r => new NavLink(chapters[r.Value].Meta.Title, chapters[r.Value].UrlPath))
                .ToList())).ToList();
        var view = new PageView(chrome, chrome.Text.FaqTitle, UiText.Format(chrome.Text.FaqDescription, content.Site.Condition.Name),
            content.Site.BaseUrl + content.Site.Paths.Faq, content.Site.Paths.Faq, new FaqBody(items, SourceEntries.From(rendered.FaqSources)),
            JsonLd.FaqPage(rendered.Faq, content.Site.Language))
        {
            GlossaryTips = tips.For(rendered.Faq.SelectMany(f => f.TermsUsed)),
        };
        return new PageToRender(content.Site.Paths.Faq, view, content.FaqFile.DisplayPath);
    }
}
