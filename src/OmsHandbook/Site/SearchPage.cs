using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>
/// /search/: search.js runs the query in ?q= here; without JavaScript the page lists every chapter,
/// section heading, FAQ question and glossary term (aliases too) A to Z, each linking into its page.
/// A handbook too long to list beside every page leaves the section headings out: tens of thousands
/// of links on one page help nobody on a phone, and searching finds them.
/// </summary>
public static class SearchPage
{
    /// <summary>The address that searches an edition for the words, e.g. "/search/?q=opsoclonus".</summary>
    public static string For(EditionPaths paths, string words) => paths.Search + "?q=" + Uri.EscapeDataString(words);

    public static PageToRender Build(HandbookContent content, SiteChrome chrome, RenderedContent rendered, SearchBoxView search)
    {
        var withSections = rendered.Chapters.Count <= ChapterNavigation.FullListLimit;
        var text = chrome.Text;
        var paths = content.Site.Paths;
        var letters = Links(content, rendered, withSections, text)
            .Select(l => (Key: UnicodeFolding.Fold(l.Text), Link: l))
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .ThenBy(l => l.Link.Where, StringComparer.Ordinal)
            .ThenBy(l => l.Link.Href, StringComparer.Ordinal)
            .GroupBy(l => l.Key.Length > 0 && char.IsAsciiLetterLower(l.Key[0]) ? char.ToUpperInvariant(l.Key[0]).ToString() : "#")
            .Select(g => new SearchLetter(g.Key, "search-letter-" + (g.Key == "#" ? "symbols" : g.Key.ToLowerInvariant()), g.Select(l => l.Link).ToList()))
            .ToList();
        var view = new PageView(chrome, text.SearchTitle, UiText.Format(text.SearchDescription, content.Site.Title),
            content.Site.BaseUrl + paths.Search, paths.Search, new SearchBody(search, letters, withSections ? text.ListedSections : text.ListedPages),
            JsonLd: null);
        return new PageToRender(paths.Search, view, null);
    }

    private static IEnumerable<SearchIndexLink> Links(HandbookContent content, RenderedContent rendered, bool withSections, UiText text)
    {
        foreach (var page in rendered.Chapters)
        {
            yield return new SearchIndexLink(page.Page.Meta.Title, text.ChapterWhere, page.Page.UrlPath);
        }

        foreach (var page in withSections ? rendered.Pages : [])
        {
            foreach (var section in page.Sections.Where(s => s.Level > 1))
            {
                yield return new SearchIndexLink(section.Heading, page.Page.Meta.Title, page.Page.UrlPath + "#" + section.Id);
            }
        }

        foreach (var faq in rendered.Faq)
        {
            yield return new SearchIndexLink(faq.Entry.Question, text.FaqTitle, content.Site.Paths.Faq + "#" + faq.Entry.Id);
        }

        foreach (var term in content.Glossary)
        {
            var href = content.Site.Paths.Glossary + "#" + term.AnchorId;
            yield return new SearchIndexLink(term.Term, text.GlossaryTitle, href);
            foreach (var alias in term.Aliases)
            {
                yield return new SearchIndexLink(alias.Value, UiText.Format(text.AliasWhere, text.GlossaryTitle, term.Term), href);
            }
        }
    }
}
