using OmsHandbook.Content;
using OmsHandbook.Markdown.Citations;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>Turns a page's cited references into its numbered "Sources" entries with DOI and PubMed links.</summary>
public static class SourceEntries
{
    public static IReadOnlyList<SourceEntry> From(IReadOnlyList<Reference> sources, string idPrefix = "") =>
        sources.Select((r, i) => new SourceEntry(
            i + 1,
            idPrefix + SourceAnchor.For(i + 1),
            EndWithFullStop(r.Authors),
            r.Title.TrimEnd('.'),
            r.Journal,
            r.Year,
            r.Doi is null ? null : "https://doi.org/" + r.Doi,
            r.Doi,
            r.Pmid is null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + r.Pmid + "/",
            r.Pmid,
            r.Url)).ToList();

    private static string EndWithFullStop(string text) => text.EndsWith('.') ? text : text + ".";
}
