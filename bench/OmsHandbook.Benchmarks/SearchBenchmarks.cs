using BenchmarkDotNet.Attributes;
using OmsHandbook.Search;

namespace OmsHandbook.Benchmarks;

/// <summary>The search index: collecting every page's sections and terms, and writing the index files.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private SampleSite site = null!;
    private SearchCorpus corpus = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = new SampleSite();
        corpus = SearchCorpusBuilder.Build(site.Content, site.Rendered);
    }

    [Benchmark]
    public SearchCorpus CollectSearchCorpus() => SearchCorpusBuilder.Build(site.Content, site.Rendered);

    [Benchmark]
    public SearchIndexFiles WriteSearchIndex() => SearchIndexWriter.Write(corpus, SearchIndexOptions.Default);
}
