using BenchmarkDotNet.Attributes;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Benchmarks;

/// <summary>
/// Glossary linking: building the matcher (once per build), finding mentions in a chapter's text,
/// and linking a parsed chapter (compare with MarkdownBenchmarks.ParseChapter for the parse share).
/// </summary>
[MemoryDiagnoser]
public class GlossaryBenchmarks
{
    private SampleSite site = null!;
    private GlossaryIndex index = null!;
    private GlossaryLinker linker = null!;
    private string chapterText = "";

    [GlobalSetup]
    public void Setup()
    {
        site = new SampleSite();
        index = new GlossaryIndex(site.Content.Glossary);
        linker = new GlossaryLinker(index);
        chapterText = InlineText.Of(site.Markdown.Parse(site.Chapter.Body, site.ChapterSource).Document);
    }

    [Benchmark]
    public GlossaryIndex BuildMatcher() => new(site.Content.Glossary);

    [Benchmark]
    public int FindMentionsInChapter() => index.Mentions(chapterText).Count();

    [Benchmark]
    public ParsedMarkdown ParseAndLinkChapter()
    {
        var parsed = site.Markdown.Parse(site.Chapter.Body, site.ChapterSource);
        linker.Run(parsed, new PassContext(new DiagnosticBag(), new CitationNumbering(new Dictionary<string, Reference>()), new GlossaryUsage(autoLink: true)));
        return parsed;
    }
}
