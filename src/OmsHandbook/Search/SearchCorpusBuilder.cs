using System.Text.RegularExpressions;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Search;

/// <summary>
/// Gathers what readers search: the home page and chapters with their h2/h3 sections, every FAQ
/// question and every glossary entry. The print edition would only repeat the chapters.
/// </summary>
public static partial class SearchCorpusBuilder
{
    /// <param name="memo">Pages gathered before, by the key of their render (the preview's); null gathers every page.</param>
    /// <param name="labels">The edition's words for its own pages; English when null.</param>
    public static SearchCorpus Build(HandbookContent content, RenderedContent rendered, Memo<CorpusPage>? memo = null, CorpusLabels? labels = null)
    {
        labels ??= CorpusLabels.English;
        var paths = content.Site.Paths;
        var glossary = new GlossaryIndex(content.Glossary);
        var pages = rendered.Pages
            .AsParallel().AsOrdered()
            .Select(p => memo is null || p.Key is not { } key ? Article(p, glossary) : memo.GetOrMake(key, () => Article(p, glossary) with { Key = key }))
            .ToList();
        pages.Add(Faq(rendered, glossary, labels, paths));
        pages.Add(Glossary(rendered, glossary, labels, paths));
        var synonyms = content.Glossary.Select(t => new SearchSynonyms(t.Slug, t.Term, t.Aliases.Select(a => a.Value).ToList())).ToList();
        return new SearchCorpus(pages, synonyms)
        {
            WordGroups = content.Synonyms.Select(g => g.Words.Select(w => w.Value).ToList()).ToList(),
            Language = SearchLanguage.For(content.Site.Language),
        };
    }

    private static CorpusPage Article(RenderedPage rendered, GlossaryIndex glossary)
    {
        var title = rendered.Page.Meta.Title;
        var description = rendered.Page.Meta.Description;
        var intro = rendered.Sections.FirstOrDefault(s => s.Level == 1);
        var introText = intro?.Text ?? "";
        var entries = new List<SearchEntry>
        {
            new("", "", Tidy(description + " " + introText),
                [new(title, SearchWeights.PageTitle), new(description, SearchWeights.Description), new(introText, SearchWeights.Text)],
                Uses(glossary, [new(title, SearchWeights.PageTitle), new(description, SearchWeights.Description), new(introText, SearchWeights.Text)], intro?.LinkedTerms)),
        };
        entries.AddRange(rendered.Sections.Where(s => s.Level > 1).Select(s => Section(title, s.Heading, s.Id, s.Text, glossary, s.LinkedTerms)));
        return new CorpusPage(title, rendered.Page.UrlPath, entries);
    }

    private static CorpusPage Faq(RenderedContent rendered, GlossaryIndex glossary, CorpusLabels labels, EditionPaths paths) =>
        new(labels.FaqTitle, paths.Faq, rendered.Faq
            .Select(f => Section(labels.FaqTitle, f.Entry.Question, f.Entry.Id, f.PlainText, glossary, f.TermsUsed))
            .ToList());

    private static CorpusPage Glossary(RenderedContent rendered, GlossaryIndex glossary, CorpusLabels labels, EditionPaths paths) =>
        new(labels.GlossaryTitle, paths.Glossary, rendered.Glossary.Select(g =>
        {
            var aliases = g.Term.Aliases.Select(a => a.Value).ToList();
            var definition = string.Join(' ', g.Prose.Select(p => p.Text.Trim()));
            var text = aliases.Count == 0 ? definition : $"{definition} {labels.AlsoCalled}{string.Join(", ", aliases)}.";
            var fields = new List<SearchField>
            {
                new(g.Term.Term, SearchWeights.Heading),
                new(string.Join(' ', aliases), SearchWeights.Aliases),
                new(definition, SearchWeights.Text),
                new(labels.GlossaryTitle, SearchWeights.TitleOfSectionPage),
            };
            var uses = Uses(glossary, [new(definition, SearchWeights.Text)], null)
                .Where(u => u.Slug != g.Term.Slug)
                .Append(new TermUse(g.Term.Slug, SearchWeights.OwnTerm))
                .OrderBy(u => u.Slug, StringComparer.Ordinal)
                .ToList();
            return new SearchEntry(g.Term.Term, g.Term.AnchorId, Tidy(text), fields, uses);
        }).ToList());

    private static SearchEntry Section(string pageTitle, string heading, string anchor, string text, GlossaryIndex glossary, IReadOnlySet<string> linked) =>
        new(heading, anchor, Tidy(text),
            [new(heading, SearchWeights.Heading), new(text, SearchWeights.Text), new(pageTitle, SearchWeights.TitleOfSectionPage)],
            Uses(glossary, [new(heading, SearchWeights.Heading), new(text, SearchWeights.Text)], linked));

    /// <summary>
    /// The glossary terms an entry uses: every mention of a term or alias, weighted by where it is,
    /// and terms linked explicitly with other words ("[the eye movements](glossary:opsoclonus)").
    /// </summary>
    private static IReadOnlyList<TermUse> Uses(GlossaryIndex glossary, IReadOnlyList<SearchField> fields, IReadOnlySet<string>? linked)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            foreach (var (term, _, _) in glossary.Mentions(field.Text))
            {
                weights[term.Slug] = weights.GetValueOrDefault(term.Slug) + field.Weight;
            }
        }

        foreach (var slug in linked ?? new HashSet<string>())
        {
            weights.TryAdd(slug, SearchWeights.Text);
        }

        return weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => new TermUse(w.Key, w.Value)).ToList();
    }

    /// <summary>Citations are left out of the text, which leaves "notice ." behind; close those gaps.</summary>
    private static string Tidy(string text) => SpaceBeforePunctuation().Replace(text.Trim(), "");

    [GeneratedRegex(@"\s+(?=[.,;:!?)])")]
    private static partial Regex SpaceBeforePunctuation();
}
