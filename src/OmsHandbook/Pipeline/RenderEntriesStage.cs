using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;
using OmsHandbook.Markdown.Prose;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>Stage 4d (whole site): renders the FAQ answers and glossary definitions, each data file's citations numbered across its page.</summary>
public sealed class RenderEntriesStage(HandbookMarkdown markdown) : ISiteStage<SiteOutline, RenderedEntries>
{
    public RenderedEntries Run(SiteOutline outline, BuildContext context)
    {
        var content = outline.Content;
        var inputRoot = Path.GetFullPath(context.Options.InputDirectory);
        var resolver = outline.Linking.Resolver(context.Diagnostics);

        var faqNumbering = new CitationNumbering(outline.References);
        var faq = content.Faq.Select(entry => RenderFaq(entry, content.FaqFile, inputRoot, resolver, faqNumbering)).ToList();

        var glossaryNumbering = new CitationNumbering(outline.References);
        var glossary = content.Glossary.Select(term => RenderTerm(term, content.GlossaryFile, inputRoot, resolver, glossaryNumbering)).ToList();

        return new RenderedEntries(faq, faqNumbering.Sources, glossary, glossaryNumbering.Sources);
    }

    private RenderedFaqEntry RenderFaq(FaqEntry entry, InputFile file, string inputRoot, MarkdownResolver resolver, CitationNumbering numbering)
    {
        var source = new MarkdownSource(file.DisplayPath, entry.AnswerLocation.Line, entry.AnswerLocation.Column, inputRoot);
        var parsed = markdown.Parse(entry.Answer, source, idPrefix: entry.Id + "-");
        var usage = new GlossaryUsage(autoLink: true);
        resolver.Resolve(parsed, numbering, usage);
        return new RenderedFaqEntry(entry, markdown.ToHtml(parsed.Document), InlineText.Of(parsed.Document), usage.LinkedSlugs, ProseReader.Read(parsed));
    }

    private RenderedGlossaryTerm RenderTerm(GlossaryTerm term, InputFile file, string inputRoot, MarkdownResolver resolver, CitationNumbering numbering)
    {
        var source = new MarkdownSource(file.DisplayPath, term.DefinitionLocation.Line, term.DefinitionLocation.Column, inputRoot);
        var parsed = markdown.Parse(term.Definition, source, idPrefix: term.AnchorId + "-");
        resolver.Resolve(parsed, numbering, new GlossaryUsage(autoLink: false));
        return new RenderedGlossaryTerm(term, markdown.ToHtml(parsed.Document), ProseReader.Read(parsed));
    }
}

/// <summary>The FAQ answers and glossary definitions as HTML, with each page's numbered sources.</summary>
public sealed record RenderedEntries(IReadOnlyList<RenderedFaqEntry> Faq, IReadOnlyList<Reference> FaqSources, IReadOnlyList<RenderedGlossaryTerm> Glossary, IReadOnlyList<Reference> GlossarySources);
