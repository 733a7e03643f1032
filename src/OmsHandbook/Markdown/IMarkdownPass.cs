using OmsHandbook.Core;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Markdown;

/// <summary>One step over a parsed document once the whole site is known: a content rule, a rewrite, or both.</summary>
/// <remarks>
/// One list of passes serves every page of a build, pages in parallel, so a pass keeps nothing of one
/// document for the next; what a page gathers across its documents travels in the <see cref="PassContext"/>.
/// </remarks>
public interface IMarkdownPass
{
    void Run(ParsedMarkdown parsed, PassContext context);
}

/// <summary>What the passes over one document share: where they report, and what its output page tallies.</summary>
/// <param name="Citations">Numbers sources across the output page (a FAQ page numbers across all its answers).</param>
/// <param name="Usage">The glossary terms linked so far in this linking scope.</param>
public sealed record PassContext(DiagnosticBag Diagnostics, CitationNumbering Citations, GlossaryUsage Usage);
