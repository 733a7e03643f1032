using BenchmarkDotNet.Attributes;
using OmsHandbook.Pipeline;
using OmsHandbook.Site;
using OmsHandbook.Theme;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Benchmarks;

/// <summary>The Razor layouts (one chapter page), assembling the whole-site views, and the print edition within that.</summary>
[MemoryDiagnoser]
public class LayoutBenchmarks : IDisposable
{
    private SampleSite site = null!;
    private ThemeRenderer theme = null!;
    private PageView chapterView = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = new SampleSite();
        theme = new ThemeRenderer();
        chapterView = site.Assembled.Pages.Single(p => p.UrlPath == site.Chapter.UrlPath).MakeView();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        theme.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<string> RenderChapterPage() => theme.RenderAsync(chapterView);

    [Benchmark]
    public AssembledSite AssembleSite() => new AssembleStage(ThemeAssets.All()).Run([new RenderedSite(site.Content, site.Rendered)], site.Context);

    [Benchmark]
    public IReadOnlyList<PageToRender> PrintEdition() => Site.PrintEdition.Build(site.Content.Site, chapterView.Site, new Lazy<string>(""), site.Rendered);
}
