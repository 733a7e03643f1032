using System.Globalization;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>The /glossary/ page: every term A–Z, with its aliases, see-also links and the pages that use it.</summary>
public static class GlossaryPage
{
    /// <summary>
    /// The most pages a term lists as using it, in reading order (as many as a chapter list shows in
    /// full); past them a search link finds the rest. A term of a long handbook may be used in
    /// thousands of chapters.
    /// </summary>
    public const int UsedInLimit = ChapterNavigation.FullListLimit;

    public static PageToRender Build(HandbookContent content, SiteChrome chrome, RenderedContent rendered)
    {
        var bySlugOrName = content.Glossary
            .SelectMany(t => new[] { (Key: t.Term, Term: t) }.Concat(t.Aliases.Select(a => (Key: a.Value, Term: t))))
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Term, StringComparer.OrdinalIgnoreCase);

        var entries = rendered.Glossary
            .OrderBy(g => g.Term.Term, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Term.Term, StringComparer.Ordinal)
            .Select(g => new GlossaryEntry(
                g.Term.AnchorId,
                g.Term.Term,
                g.Term.Aliases.Select(a => a.Value).ToList(),
                g.Html,
                g.Term.SeeAlso
                    .Where(s => bySlugOrName.ContainsKey(s.Value))
                    .Select(s => bySlugOrName[s.Value])
                    .Select(t => new NavLink(t.Term, "#" + t.AnchorId))
                    .ToList(),
                UsedIn(g.Term, rendered, chrome.Text.QuestionPrefix, content.Site.Paths)))
            .Select(e => e.UsedIn.Count <= UsedInLimit ? e : e with
            {
                UsedIn = e.UsedIn.Take(UsedInLimit).ToList(),
                MoreUses = new NavLink(UiText.Format(chrome.Text.MorePages, chrome.Text.Count(e.UsedIn.Count - UsedInLimit)), SearchPage.For(content.Site.Paths, e.Term)),
            })
            .ToList();

        var letters = entries
            .GroupBy(e => Letter(e.Term))
            .Select(g => new GlossaryLetter(g.Key, "letter-" + Slug.From(g.Key is "#" ? "symbols" : g.Key), g.ToList()))
            .ToList();

        var view = new PageView(chrome, chrome.Text.GlossaryTitle, UiText.Format(chrome.Text.GlossaryDescription, content.Site.Title),
            content.Site.BaseUrl + content.Site.Paths.Glossary, content.Site.Paths.Glossary, new GlossaryBody(letters, SourceEntries.From(rendered.GlossarySources)),
            JsonLd: null);
        return new PageToRender(content.Site.Paths.Glossary, view, content.GlossaryFile.DisplayPath);
    }

    private static IReadOnlyList<NavLink> UsedIn(GlossaryTerm term, RenderedContent rendered, string questionPrefix, EditionPaths paths)
    {
        var pages = rendered.Pages
            .Where(p => p.TermsUsed.Contains(term.Slug))
            .Select(p => new NavLink(p.Page.Meta.Title, p.Page.UrlPath));
        var answers = rendered.Faq
            .Where(f => f.TermsUsed.Contains(term.Slug))
            .Select(f => new NavLink(questionPrefix + f.Entry.Question, paths.Faq + "#" + f.Entry.Id));
        return pages.Concat(answers).ToList();
    }

    private static string Letter(string term)
    {
        var first = term.Normalize(System.Text.NormalizationForm.FormD)[0];
        return char.IsLetter(first) ? char.ToUpperInvariant(first).ToString(CultureInfo.InvariantCulture) : "#";
    }
}
