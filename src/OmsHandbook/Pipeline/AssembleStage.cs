using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Search;
using OmsHandbook.Site;
using OmsHandbook.Theme;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Pipeline;

/// <summary>Stage 4's product: every page ready for the layout, plus the site's other files.</summary>
public sealed record AssembledSite(IReadOnlyList<PageToRender> Pages, IReadOnlyList<OutputFile> Files, IReadOnlyList<MediaFile> Media);

/// <summary>Stage 4: whole-site views — navigation, neighbours, FAQ, glossary back-links, print edition, search index, sitemap, redirects.</summary>
/// <param name="search">Per-page search work kept from the previous build (the preview's); null does it all.</param>
public sealed class AssembleStage(IReadOnlyList<ThemeAsset> themeAssets, SearchCache? search = null)
{
    public AssembledSite Run(HandbookContent content, RenderedContent rendered)
    {
        var assets = new FingerprintedAssets(themeAssets);
        var site = content.Site;
        var index = SearchIndexWriter.Write(SearchCorpusBuilder.Build(content, rendered, search), SearchIndexOptions.Default, search);
        var searchBox = new SearchBoxView(assets.Href("search.js"), index.ManifestHref, SitePaths.Search);
        var chrome = SiteChromeBuilder.Build(site, content.Chapters, assets.Href("site.css"), assets.Href("site.js"), searchBox);

        var tips = new GlossaryTips(rendered.Glossary);
        // Only the preview ever compares page keys: a single build never serialises this.
        var chromeKey = new Lazy<string>(() => JsonSerializer.Serialize(site) + "\n" + JsonSerializer.Serialize(chrome));
        var pages = new List<PageToRender>();
        pages.AddRange(ArticlePages.Build(site, chrome, chromeKey, rendered, tips));
        pages.Add(FaqPage.Build(content, chrome, rendered, tips));
        pages.Add(GlossaryPage.Build(content, chrome, rendered));
        pages.AddRange(PrintEdition.Build(site, chrome, chromeKey, rendered));
        pages.Add(SearchPage.Build(content, chrome, rendered, searchBox));
        // Made from what every page shares and nothing else.
        pages.Add(NotFoundPage.Build(site, chrome, content.Chapters) with { Key = new PageKey(chromeKey, SitePaths.NotFound) });

        var navigation = new ChapterNavigation(chrome.Chapters);
        if (navigation.IsWindowed)
        {
            pages.Add(navigation.ContentsPage(site, chrome) with { Key = new PageKey(chromeKey, SitePaths.Contents) });
            pages = pages.Select(p => p with { MakeView = () => p.MakeView() with { Chapters = navigation.For(p.UrlPath) } }).ToList();
        }

        var reviewed = content.Pages.ToDictionary(c => c.UrlPath, c => c.Meta.LastReviewed, StringComparer.Ordinal);
        var listed = pages
            .Where(p => p.UrlPath != SitePaths.NotFound)
            .Select(p => (p.UrlPath, reviewed.GetValueOrDefault(p.UrlPath)));
        var files = new List<OutputFile>(assets.Files.Concat(index.Files))
        {
            SiteFiles.Sitemap(site, listed),
            SiteFiles.Robots(site),
            SiteFiles.Redirects(content.Pages),
        };
        return new AssembledSite(pages, files, content.Media);
    }
}
