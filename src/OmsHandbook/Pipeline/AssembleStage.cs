using System.Security.Cryptography;
using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Site;
using OmsHandbook.Theme;
using OmsHandbook.Theme.Models;
using OmsHandbook.Theme.Text;

namespace OmsHandbook.Pipeline;

/// <summary>Stage 5's product: every page ready for the layout, plus the site's other files.</summary>
public sealed record AssembledSite(IReadOnlyList<PageToRender> Pages, IReadOnlyList<OutputFile> Files, IReadOnlyList<MediaFile> Media)
{
    /// <summary>What the offline copy may keep; null for a first look, which writes no worker.</summary>
    public OfflinePlan? Offline { get; init; }
}

/// <summary>What the render stages made of one edition: its content, and every piece of it as HTML.</summary>
public sealed record RenderedSite(HandbookContent Content, RenderedContent Rendered);

/// <summary>
/// Stage 5 (whole site): whole-site views of every edition — navigation, neighbours, FAQ, glossary
/// back-links, print edition, search index — then what ties the editions together (each page's
/// alternates in the other languages, the language switcher, a translation's notice) and the files
/// the site has once: sitemap, robots.txt, redirects. For a first look (<see cref="BuildScope.Saved"/>),
/// only the home pages and chapters, exactly as a whole build frames them.
/// </summary>
/// <param name="memo">Search work remembered from before (the preview's); null does it all.</param>
/// <param name="searchIndex">When the search index shards; the default when null.</param>
public sealed class AssembleStage(IReadOnlyList<ThemeAsset> themeAssets, BuildMemo? memo = null, SearchIndexOptions? searchIndex = null) : ISiteStage<IReadOnlyList<RenderedSite>, AssembledSite>
{
    /// <param name="editions">The first edition, then each translation.</param>
    public AssembledSite Run(IReadOnlyList<RenderedSite> editions, BuildContext context)
    {
        var main = editions[0].Content;
        var built = editions.Select(edition => Edition(edition, context)).ToList();
        var linked = EditionLinks.Between(editions.Select(e => e.Content).ToList(), built.Select(b => b.Pages).ToList());
        var pages = built.SelectMany(b => b.Pages).Select(linked.Apply).ToList();
        if (!context.Scope.IsWholeSite)
        {
            return new AssembledSite(pages, [], []);
        }

        var reviewed = editions.SelectMany(e => e.Content.Pages).ToDictionary(c => c.UrlPath, c => c.Meta.LastReviewed, StringComparer.Ordinal);
        var listed = pages
            .Where(p => !p.UrlPath.EndsWith(SitePaths.NotFoundFile, StringComparison.Ordinal))
            .Select(p => new SitemapEntry(p.UrlPath, reviewed.GetValueOrDefault(p.UrlPath), linked.AlternatesOf(p.UrlPath)));
        // Each edition's search script holds its own language; the rest of the theme is the same bytes in every edition.
        var assets = built.SelectMany(b => b.Assets.Files).DistinctBy(f => f.Path, StringComparer.Ordinal);
        var files = new List<OutputFile>(assets.Concat(built.SelectMany(b => b.Index.Files)))
        {
            SiteFiles.Sitemap(main.Site, listed),
            SiteFiles.Robots(main.Site),
            SiteFiles.Redirects(editions.SelectMany(e => e.Content.Pages), editions.Skip(1).Select(e => e.Content.Site.Paths)),
        };
        files.AddRange(editions.Select(e => SiteFiles.WebManifest(e.Content.Site, built[0].Assets.Href("icon.svg"))));
        if (context.Options.NoIndex)
        {
            files.Add(SiteFiles.NoIndexHeaders());
        }

        var media = main.Media.Select(m => "/media/" + m.RelativePath).ToList();
        var offline = new OfflinePlan(
            built.Select(b => b.Offline! with { Files = [.. b.Offline!.Files, .. media, b.Offline!.Root + SiteFiles.ManifestName] }).ToList(),
            [built[0].Assets.Href("site.css"), built[0].Assets.Href("site.js")],
            built[0].Assets.Href("offline-worker.js"),
            main.Site.OfflineLimitMegabytes * 1_000_000L);
        return new AssembledSite(pages, files, main.Media) { Offline = offline };
    }

    /// <summary>One edition's pages (framed, not yet linked to the other editions) and its search index.</summary>
    private BuiltEdition Edition(RenderedSite edition, BuildContext context)
    {
        var (content, rendered) = edition;
        var frame = Frame.Of(content, themeAssets);
        var site = content.Site;
        var chrome = frame.Chrome;
        var tips = new GlossaryTips(rendered.Glossary, site.Paths.Glossary);
        var pages = new List<PageToRender>();
        pages.AddRange(ArticlePages.Build(site, chrome, frame.ChromeKey, rendered, tips));
        if (!context.Scope.IsWholeSite)
        {
            return new BuiltEdition(frame.Windowed(pages), frame.Assets, new SearchIndexFiles("", [], false), null);
        }

        pages.Add(FaqPage.Build(content, chrome, rendered, tips));
        pages.Add(GlossaryPage.Build(content, chrome, rendered));
        pages.AddRange(PrintEdition.Build(site, chrome, frame.ChromeKey, rendered));
        pages.Add(SearchPage.Build(content, chrome, rendered, frame.SearchBox));
        // Made from what every page shares and nothing else.
        pages.Add(NotFoundPage.Build(site, chrome, content.Chapters) with { Key = PageKey.Of(frame.ChromeKey, site.Paths.NotFound) });
        if (frame.Navigation.IsWindowed)
        {
            pages.Add(frame.Navigation.ContentsPage(site, chrome) with { Key = PageKey.Of(frame.ChromeKey, site.Paths.Contents) });
        }

        // Pages name the index only by its fixed address, so it is made after them.
        context.Cancellation.ThrowIfCancellationRequested();
        var text = chrome.Text;
        var corpus = SearchCorpusBuilder.Build(content, rendered, memo?.SearchPages, new CorpusLabels(text.FaqTitle, text.GlossaryTitle, text.AlsoCalled));
        var options = (searchIndex ?? SearchIndexOptions.Default) with { Folder = site.Paths.Root.TrimStart('/') };
        var index = SearchIndexWriter.Write(corpus, options, memo?.SearchWeights, context.Cancellation);
        var paths = site.Paths;
        string[] essentials = [paths.Home, .. pages.Where(p => p.UrlPath == paths.Contents).Select(p => p.UrlPath),
            .. UrgentHelpPage.Find(site, content.Chapters) is { } urgent ? [urgent.UrlPath] : Array.Empty<string>(),
            paths.NotFound, paths.Search, index.ManifestHref, frame.SearchBox.ScriptHref];
        var offline = new OfflineEdition(paths.Root, site.Language, pages.Select(p => p.UrlPath).ToList(), index.Files.Select(f => "/" + f.Path).ToList(), essentials);
        return new BuiltEdition(frame.Windowed(pages), frame.Assets, index, offline);
    }

    /// <param name="Offline">What the edition's offline copy may keep; null for a first look.</param>
    private sealed record BuiltEdition(IReadOnlyList<PageToRender> Pages, FingerprintedAssets Assets, SearchIndexFiles Index, OfflineEdition? Offline);

    /// <summary>What every page is framed by: the fingerprinted assets, the search box, the header and chapter list.</summary>
    private sealed record Frame(FingerprintedAssets Assets, SearchBoxView SearchBox, SiteChrome Chrome, Lazy<string> ChromeKey, ChapterNavigation Navigation)
    {
        public static Frame Of(HandbookContent content, IReadOnlyList<ThemeAsset> themeAssets)
        {
            // The search script's shared constants come from the C# index builder, not from a copy in the theme;
            // its messages from the edition's text table.
            var language = SearchLanguage.For(content.Site.Language);
            var constants = SearchScriptConstants.For(language, SearchMessages.Of(UiText.For(content.Site.Language)));
            var assets = new FingerprintedAssets([.. ForLanguage(themeAssets, language), new ThemeAsset(SearchScriptConstants.ModulePath, constants)]);
            var paths = content.Site.Paths;
            var searchBox = new SearchBoxView(assets.Href("search.js"), paths.Root + SearchIndexWriter.ManifestPath, paths.Search);
            var chrome = SiteChromeBuilder.Build(content.Site, content.Chapters, assets.Href("site.css"), assets.Href("site.js"), searchBox,
                content.Media.Any(m => m.RelativePath == SiteChromeBuilder.ShareImage), assets.Href("icon.svg"));
            // Only the preview ever compares page keys: a single build never serialises this. A hash,
            // not the text: every page's key holds it, and thousands of compares of the whole chapter
            // list were most of the time the preview took to show a save.
            var chromeKey = new Lazy<string>(() => Convert.ToHexString(SHA256.HashData(
                [.. JsonSerializer.SerializeToUtf8Bytes(content.Site, KeyJson.Default.SiteConfig), .. JsonSerializer.SerializeToUtf8Bytes(chrome, KeyJson.Default.SiteChrome)])));
            return new Frame(assets, searchBox, chrome, chromeKey, new ChapterNavigation(chrome.Chapters, paths, chrome.Text));
        }

        /// <summary>
        /// The theme's assets for an edition: its search script keeps the Spanish stemmer only when its
        /// index is Spanish, so an English page does not carry 1.5 KB it never runs.
        /// </summary>
        private static IEnumerable<ThemeAsset> ForLanguage(IReadOnlyList<ThemeAsset> assets, SearchLanguage language) =>
            language == SearchLanguage.Spanish
                ? assets
                : assets.Select(a => a.Path == SpanishStemmerModule ? new ThemeAsset(a.Path, SpanishStemmerLeftOut) : a);

        private const string SpanishStemmerModule = "search/spanish.js";

        private static readonly byte[] SpanishStemmerLeftOut = System.Text.Encoding.UTF8.GetBytes(
            "// Left out of this edition's script: its index is not Spanish.\nexport function stemSpanish(word) {\n  return word;\n}\n");

        /// <summary>Past the full-list limit, each page lists only the chapters around it.</summary>
        public IReadOnlyList<PageToRender> Windowed(IReadOnlyList<PageToRender> pages) =>
            Navigation.IsWindowed
                ? pages.Select(p => p with { MakeView = () => p.MakeView() with { Chapters = Navigation.For(p.UrlPath) } }).ToList()
                : pages;
    }
}
