using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Site;

/// <summary>
/// Ties the editions together: which pages are the same page in another language (chapters by the
/// page they translate, the site's own pages by their place under the edition's folder), so each page
/// gets its hreflang alternates, the language switcher's links and, in a translation, its notice.
/// </summary>
public sealed class EditionLinks
{
    private readonly IReadOnlyList<Edition> editions;
    private readonly Dictionary<string, Place> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> byPair = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentPage> contentPages = new(StringComparer.Ordinal);

    private EditionLinks(IReadOnlyList<Edition> editions, IReadOnlyList<IReadOnlyList<PageToRender>> pages)
    {
        this.editions = editions;
        for (var e = 0; e < editions.Count; e++)
        {
            var content = editions[e].Content;
            var pairs = content.Pages.ToDictionary(p => p.UrlPath, p => "page:" + p.OriginalSlug, StringComparer.Ordinal);
            foreach (var page in content.Pages)
            {
                contentPages[page.UrlPath] = page;
            }

            foreach (var page in pages[e])
            {
                var pair = pairs.GetValueOrDefault(page.UrlPath) ?? "site:" + page.UrlPath[content.Site.Paths.Root.Length..];
                places[page.UrlPath] = new Place(e, pair);
                if (!byPair.TryGetValue(pair, out var members))
                {
                    byPair[pair] = members = new string[editions.Count];
                }

                members[e] = page.UrlPath;
            }
        }
    }

    /// <param name="editions">The first edition, then each translation.</param>
    /// <param name="pages">Each edition's pages, in the same order.</param>
    public static EditionLinks Between(IReadOnlyList<HandbookContent> editions, IReadOnlyList<IReadOnlyList<PageToRender>> pages) =>
        new(editions.Select(e => new Edition(e, UiText.For(e.Site.Language))).ToList(), pages);

    /// <summary>The page in every edition that has it (itself included, first edition first); empty when it is in one edition only.</summary>
    public IReadOnlyList<Alternate> AlternatesOf(string urlPath)
    {
        if (!places.TryGetValue(urlPath, out var place) || IsNotFound(urlPath, editions[place.Edition]))
        {
            return [];
        }

        var members = byPair[place.Pair];
        var alternates = members
            .Select((path, e) => path is null ? null : new Alternate(editions[e].Content.Site.Language, editions[e].Content.Site.BaseUrl + path))
            .OfType<Alternate>()
            .ToList();
        return alternates.Count > 1 ? alternates : [];
    }

    /// <summary>The page with what ties it to the other editions; unchanged when the site has one edition.</summary>
    public PageToRender Apply(PageToRender page)
    {
        if (editions.Count < 2)
        {
            return page;
        }

        var alternates = AlternatesOf(page.UrlPath);
        var others = OtherEditions(page.UrlPath);
        var notice = Notice(page.UrlPath);
        var parts = alternates.Select(a => a.Url).Concat(others.Select(o => o.Href + o.Translated)).Append(notice?.ToString()).ToArray();
        return page with
        {
            MakeView = () => page.MakeView() with { Alternates = alternates, OtherEditions = others, Translation = notice },
            Key = page.Key is { } key ? PageKey.Of(key, parts) : null,
        };
    }

    private IReadOnlyList<OtherEdition> OtherEditions(string urlPath)
    {
        var place = places[urlPath];
        var members = byPair[place.Pair];
        var notFound = IsNotFound(urlPath, editions[place.Edition]);
        return editions
            .Select((edition, e) => (Edition: edition, Path: members[e], Index: e))
            .Where(o => o.Index != place.Edition)
            .Select(o => o.Path is null || notFound
                ? new OtherEdition(o.Edition.Content.Site.Language, o.Edition.Text.LanguageName, o.Edition.Content.Site.Paths.Home, notFound, o.Edition.Text.NotTranslatedYet)
                : new OtherEdition(o.Edition.Content.Site.Language, o.Edition.Text.LanguageName, o.Path, true, o.Edition.Text.NotTranslatedYet))
            .ToList();
    }

    /// <summary>A translated page's notice: pages that carry the handbook's words, not the search page, the contents list or the 404 page.</summary>
    private TranslationNotice? Notice(string urlPath)
    {
        var place = places[urlPath];
        var edition = editions[place.Edition];
        var paths = edition.Content.Site.Paths;
        if (place.Edition == 0 || byPair[place.Pair][0] is not { } original
            || urlPath == paths.Search || urlPath == paths.Contents || IsNotFound(urlPath, edition))
        {
            return null;
        }

        var page = contentPages.GetValueOrDefault(urlPath);
        var first = editions[0].Content;
        var behind = urlPath == paths.Faq ? TranslationSource.AnyBehind(edition.Content.Faq, first.Faq)
            : urlPath == paths.Glossary ? TranslationSource.AnyBehind(edition.Content.Glossary, first.Glossary)
            : page is not null && contentPages.GetValueOrDefault(original) is { } originalPage && TranslationSource.IsBehind(page, originalPage);
        return new TranslationNotice(original, editions[0].Content.Site.Language, page?.Meta.LastReviewed, behind);
    }

    private static bool IsNotFound(string urlPath, Edition edition) => urlPath == edition.Content.Site.Paths.NotFound;

    private sealed record Edition(HandbookContent Content, UiText Text);

    /// <summary>Which edition a page is in, and what it pairs by.</summary>
    private sealed record Place(int Edition, string Pair);
}
