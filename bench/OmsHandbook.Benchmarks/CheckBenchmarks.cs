using BenchmarkDotNet.Attributes;
using OmsHandbook.Checks;
using OmsHandbook.Core;

namespace OmsHandbook.Benchmarks;

/// <summary>The checks over the written HTML: reading one chapter page, and every check over the whole sample site.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private SampleSite site = null!;
    private string chapterPage = "";
    private IReadOnlyDictionary<string, string> sources = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = new SampleSite();
        var path = SitePaths.OutputPathFor(site.Chapter.UrlPath);
        chapterPage = System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.Path == path).Content);
        sources = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    [Benchmark]
    public CheckedPage ReadChapterPage() => CheckedPage.Read("chapter/index.html", "output/chapter/index.html", chapterPage, null);

    [Benchmark]
    public int CheckSampleSite()
    {
        var diagnostics = new DiagnosticBag();
        SiteChecker.Check(site.Files, sources, "output", diagnostics, new Memo<PageScan>());
        return diagnostics.ErrorCount;
    }
}
