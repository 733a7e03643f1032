using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Images;

namespace OmsHandbook.Tests.Support;

/// <summary>Renders one snippet of Markdown through the real pipeline and resolver, with a small glossary and bibliography.</summary>
public sealed class MarkdownHarness
{
    public const string Folder = "/handbook/chapters";

    private readonly HandbookMarkdown markdown = new(OmsHandbook.Theme.LayoutIds.IsReserved);

    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } =
    [
        Term("Opsoclonus", "dancing eyes"),
        Term("Opsoclonus-myoclonus syndrome", "OMS", "dancing eye syndrome"),
        Term("Intravenous immunoglobulin", "IVIG"),
        Term("Corticosteroids", "steroids"),
    ];

    public IReadOnlyList<Reference> References { get; init; } =
    [
        new("smith2020", "Smith A", "Study one", "J Test", 2020, "10.1/a", "111", null, SourceLocation.StartOf("references.yml")),
        new("jones2019", "Jones B", "Study two", null, 2019, null, null, "https://example.org", SourceLocation.StartOf("references.yml")),
    ];

    /// <summary>The urgency scale care cards are checked against; none by default.</summary>
    public UrgencyScale? Urgency { get; init; }

    /// <summary>SVG figures by path inside input/media (each is also a media file); none by default.</summary>
    public IReadOnlyDictionary<string, SvgFigure> Figures { get; init; } = new Dictionary<string, SvgFigure>(StringComparer.Ordinal);

    /// <summary>Other pages links may point at: file name -> (URL, heading ids).</summary>
    public IReadOnlyList<LinkTarget> Targets { get; init; } =
    [
        new(Folder + "/09-treatment.md", "09-treatment.md", "/treatment/", new HashSet<string> { "ivig", "steroids" }),
    ];

    public (string Html, DiagnosticBag Diagnostics, CitationNumbering Citations, GlossaryUsage Usage) Render(string text, bool autoLink = true)
    {
        var (parsed, diagnostics, citations, usage) = Resolve(text, autoLink);
        return (markdown.ToHtml(parsed.Document), diagnostics, citations, usage);
    }

    /// <summary>Parses and resolves the snippet, for tests that read the finished Markdown tree.</summary>
    public (ParsedMarkdown Parsed, DiagnosticBag Diagnostics, CitationNumbering Citations, GlossaryUsage Usage) Resolve(string text, bool autoLink = true)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = Parse(text);
        var resolver = new MarkdownResolver(Passes(), diagnostics);
        var citations = new CitationNumbering(References.ToDictionary(r => r.Key));
        var usage = new GlossaryUsage(autoLink);
        resolver.Resolve(parsed, citations, usage);
        return (parsed, diagnostics, citations, usage);
    }

    /// <summary>Parses the snippet as page.md in the chapters folder, without running any pass.</summary>
    public ParsedMarkdown Parse(string text) => markdown.Parse(text, new MarkdownSource("page.md", 1, 1, Folder));

    /// <summary>The build's passes, in the build's order, over this harness's glossary, pages and media.</summary>
    public IReadOnlyList<IMarkdownPass> Passes() => MarkdownPasses.InOrder(
        new ChapterLinkResolver(new LinkTargets(Targets)),
        new GlossaryLinker(new GlossaryIndex(Glossary)),
        new ImageResolver("/handbook/media", Figures.Keys.Append("eyes.png").ToHashSet(StringComparer.Ordinal), Figures),
        Urgency);

    private static GlossaryTerm Term(string term, params string[] aliases) =>
        new(term, Slug.From(term), aliases.Select(a => new Located<string>(a, SourceLocation.StartOf("glossary.yml"))).ToList(),
            "Definition.", SourceLocation.StartOf("glossary.yml"), [], SourceLocation.StartOf("glossary.yml"));
}
