using System.Security.Cryptography;
using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Site;
using OmsHandbook.Theme;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Pipeline;

/// <summary>Stage 4's product: every page ready for the layout, plus the site's other files.</summary>
public sealed record AssembledSite(IReadOnlyList<PageToRender> Pages, IReadOnlyList<OutputFile> Files, IReadOnlyList<MediaFile> Media);

/// <summary>Stage 4: whole-site views — navigation, neighbours, FAQ, glossary back-links, print edition, search index, sitemap, redirects.</summary>
/// <param name="search">Per-page search work kept from the previous build (the preview's); null does it all.</param>
/// <param name="searchIndex">When the search index shards; the default when null.</param>
public sealed class AssembleStage(IReadOnlyList<ThemeAsset> themeAssets, SearchCache? search = null, SearchIndexOptions? searchIndex = null)
{
    /// <param name="cancellation">Checked while the search index is made: the preview drops a build a newer save has made pointless.</param>
    public AssembledSite Run(HandbookContent content, RenderedContent rendered, CancellationToken cancellation = default)
    {
        var frame = Frame.Of(content, themeAssets);
        var site = content.Site;
        var chrome = frame.Chrome;
        var tips = new GlossaryTips(rendered.Glossary);
        var pages = new List<PageToRender>();
        pages.AddRange(ArticlePages.Build(site, chrome, frame.ChromeKey, rendered, tips));
        pages.Add(FaqPage.Build(content, chrome, rendered, tips));
        pages.Add(GlossaryPage.Build(content, chrome, rendered));
        pages.AddRange(PrintEdition.Build(site, chrome, frame.ChromeKey, rendered));
        pages.Add(SearchPage.Build(content, chrome, rendered, frame.SearchBox));
        // Made from what every page shares and nothing else.
        pages.Add(NotFoundPage.Build(site, chrome, content.Chapters) with { Key = new PageKey(frame.ChromeKey, SitePaths.NotFound) });
        if (frame.Navigation.IsWindowed)
        {
            pages.Add(frame.Navigation.ContentsPage(site, chrome) with { Key = new PageKey(frame.ChromeKey, SitePaths.Contents) });
        }

        // Pages name the index only by its fixed address, so it is made after them.
        cancellation.ThrowIfCancellationRequested();
        var corpus = SearchCorpusBuilder.Build(content, rendered, search);
        var index = SearchIndexWriter.Write(corpus, searchIndex ?? SearchIndexOptions.Default, search, cancellation);
        var reviewed = content.Pages.ToDictionary(c => c.UrlPath, c => c.Meta.LastReviewed, StringComparer.Ordinal);
        var listed = pages
            .Where(p => p.UrlPath != SitePaths.NotFound)
            .Select(p => (p.UrlPath, reviewed.GetValueOrDefault(p.UrlPath)));
        var files = new List<OutputFile>(frame.Assets.Files.Concat(index.Files))
        {
            SiteFiles.Sitemap(site, listed),
            SiteFiles.Robots(site),
            SiteFiles.Redirects(content.Pages),
        };
        return new AssembledSite(frame.Windowed(pages), files, content.Media);
    }

    /// <summary>
    /// Only the home page and the chapters, exactly as <see cref="Run"/> lays them out: what the
    /// preview shows first after a save, before the site-wide pages and the search index.
    /// </summary>
    public IReadOnlyList<PageToRender> Articles(HandbookContent content, RenderedContent rendered)
    {
        var frame = Frame.Of(content, themeAssets);
        return frame.Windowed(ArticlePages.Build(content.Site, frame.Chrome, frame.ChromeKey, rendered, new GlossaryTips(rendered.Glossary)));
    }

    /// <summary>What every page is framed by: the fingerprinted assets, the search box, the header and chapter list.</summary>
    private sealed record Frame(FingerprintedAssets Assets, SearchBoxView SearchBox, SiteChrome Chrome, Lazy<string> ChromeKey, ChapterNavigation Navigation)
    {
        public static Frame Of(HandbookContent content, IReadOnlyList<ThemeAsset> themeAssets)
        {
            // The search script's shared constants come from the C# index builder, not from a copy in the theme.
            var assets = new FingerprintedAssets([.. themeAssets, new ThemeAsset(SearchScriptConstants.ModulePath, SearchScriptConstants.Module)]);
            var searchBox = new SearchBoxView(assets.Href("search.js"), SearchIndexWriter.ManifestHref, SitePaths.Search);
            var chrome = SiteChromeBuilder.Build(content.Site, content.Chapters, assets.Href("site.css"), assets.Href("site.js"), searchBox);
            // Only the preview ever compares page keys: a single build never serialises this. A hash,
            // not the text: every page's key holds it, and thousands of compares of the whole chapter
            // list were most of the time the preview took to show a save.
            var chromeKey = new Lazy<string>(() => Convert.ToHexString(SHA256.HashData(
                JsonSerializer.SerializeToUtf8Bytes(new { content.Site, Chrome = chrome }))));
            return new Frame(assets, searchBox, chrome, chromeKey, new ChapterNavigation(chrome.Chapters));
        }

        /// <summary>Past the full-list limit, each page lists only the chapters around it.</summary>
        public IReadOnlyList<PageToRender> Windowed(IReadOnlyList<PageToRender> pages) =>
            Navigation.IsWindowed
                ? pages.Select(p => p with { MakeView = () => p.MakeView() with { Chapters = Navigation.For(p.UrlPath) } }).ToList()
                : pages;
    }
}
