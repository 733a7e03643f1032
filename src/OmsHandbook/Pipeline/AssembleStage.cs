using System.Security.Cryptography;
using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Site;
using OmsHandbook.Theme;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Pipeline;

/// <summary>Stage 5's product: every page ready for the layout, plus the site's other files.</summary>
public sealed record AssembledSite(IReadOnlyList<PageToRender> Pages, IReadOnlyList<OutputFile> Files, IReadOnlyList<MediaFile> Media);

/// <summary>What the render stages made of the whole handbook: the content, and every piece of it as HTML.</summary>
public sealed record RenderedSite(HandbookContent Content, RenderedContent Rendered);

/// <summary>
/// Stage 5 (whole site): whole-site views — navigation, neighbours, FAQ, glossary back-links, print
/// edition, search index, sitemap, redirects. For a first look (<see cref="BuildScope.Saved"/>), only
/// the home page and chapters, exactly as a whole build frames them.
/// </summary>
/// <param name="memo">Search work remembered from before (the preview's); null does it all.</param>
/// <param name="searchIndex">When the search index shards; the default when null.</param>
public sealed class AssembleStage(IReadOnlyList<ThemeAsset> themeAssets, BuildMemo? memo = null, SearchIndexOptions? searchIndex = null) : ISiteStage<RenderedSite, AssembledSite>
{
    public AssembledSite Run(RenderedSite input, BuildContext context)
    {
        var (content, rendered) = input;
        var frame = Frame.Of(content, themeAssets);
        var site = content.Site;
        var chrome = frame.Chrome;
        var tips = new GlossaryTips(rendered.Glossary);
        var pages = new List<PageToRender>();
        pages.AddRange(ArticlePages.Build(site, chrome, frame.ChromeKey, rendered, tips));
        if (!context.Scope.IsWholeSite)
        {
            return new AssembledSite(frame.Windowed(pages), [], []);
        }

        pages.Add(FaqPage.Build(content, chrome, rendered, tips));
        pages.Add(GlossaryPage.Build(content, chrome, rendered));
        pages.AddRange(PrintEdition.Build(site, chrome, frame.ChromeKey, rendered));
        pages.Add(SearchPage.Build(content, chrome, rendered, frame.SearchBox));
        // Made from what every page shares and nothing else.
        pages.Add(NotFoundPage.Build(site, chrome, content.Chapters) with { Key = PageKey.Of(frame.ChromeKey, SitePaths.NotFound) });
        if (frame.Navigation.IsWindowed)
        {
            pages.Add(frame.Navigation.ContentsPage(site, chrome) with { Key = PageKey.Of(frame.ChromeKey, SitePaths.Contents) });
        }

        // Pages name the index only by its fixed address, so it is made after them.
        context.Cancellation.ThrowIfCancellationRequested();
        var corpus = SearchCorpusBuilder.Build(content, rendered, memo?.SearchPages);
        var index = SearchIndexWriter.Write(corpus, searchIndex ?? SearchIndexOptions.Default, memo?.SearchWeights, context.Cancellation);
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
        if (context.Options.NoIndex)
        {
            files.Add(SiteFiles.NoIndexHeaders());
        }

        return new AssembledSite(frame.Windowed(pages), files, content.Media);
    }

    /// <summary>What every page is framed by: the fingerprinted assets, the search box, the header and chapter list.</summary>
    private sealed record Frame(FingerprintedAssets Assets, SearchBoxView SearchBox, SiteChrome Chrome, Lazy<string> ChromeKey, ChapterNavigation Navigation)
    {
        public static Frame Of(HandbookContent content, IReadOnlyList<ThemeAsset> themeAssets)
        {
            // The search script's shared constants come from the C# index builder, not from a copy in the theme.
            var assets = new FingerprintedAssets([.. themeAssets, new ThemeAsset(SearchScriptConstants.ModulePath, SearchScriptConstants.Module)]);
            var searchBox = new SearchBoxView(assets.Href("search.js"), SearchIndexWriter.ManifestHref, SitePaths.Search);
            var chrome = SiteChromeBuilder.Build(content.Site, content.Chapters, assets.Href("site.css"), assets.Href("site.js"), searchBox,
                content.Media.Any(m => m.RelativePath == SiteChromeBuilder.ShareImage));
            // Only the preview ever compares page keys: a single build never serialises this. A hash,
            // not the text: every page's key holds it, and thousands of compares of the whole chapter
            // list were most of the time the preview took to show a save.
            var chromeKey = new Lazy<string>(() => Convert.ToHexString(SHA256.HashData(
                [.. JsonSerializer.SerializeToUtf8Bytes(content.Site, KeyJson.Default.SiteConfig), .. JsonSerializer.SerializeToUtf8Bytes(chrome, KeyJson.Default.SiteChrome)])));
            return new Frame(assets, searchBox, chrome, chromeKey, new ChapterNavigation(chrome.Chapters));
        }

        /// <summary>Past the full-list limit, each page lists only the chapters around it.</summary>
        public IReadOnlyList<PageToRender> Windowed(IReadOnlyList<PageToRender> pages) =>
            Navigation.IsWindowed
                ? pages.Select(p => p with { MakeView = () => p.MakeView() with { Chapters = Navigation.For(p.UrlPath) } }).ToList()
                : pages;
    }
}
