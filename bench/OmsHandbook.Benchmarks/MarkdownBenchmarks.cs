using BenchmarkDotNet.Attributes;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Benchmarks;

/// <summary>One chapter's Markdown to HTML: parsing alone, and the full render stage work (resolve links, glossary, citations).</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private SampleSite site = null!;
    private MarkdownResolver resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = new SampleSite();
        resolver = site.Resolver(new GlossaryLinker(new GlossaryIndex(site.Content.Glossary)));
    }

    [Benchmark]
    public ParsedMarkdown ParseChapter() => site.Markdown.Parse(site.Chapter.Body, site.ChapterSource);

    [Benchmark]
    public string RenderChapter()
    {
        var parsed = site.Markdown.Parse(site.Chapter.Body, site.ChapterSource);
        resolver.Resolve(parsed, new CitationNumbering(site.Content.References.ToDictionary(r => r.Key, StringComparer.Ordinal)), new GlossaryUsage(autoLink: true));
        return site.Markdown.ToHtml(parsed.Document);
    }
}
