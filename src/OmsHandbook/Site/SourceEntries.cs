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
            r.Doi is null ? null : DoiAddress(r.Doi),
            r.Doi,
            r.Pmid is null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + r.Pmid + "/",
            r.Pmid,
            r.Url is null ? null : Href.Encode(r.Url),
            r.Url)).ToList();

    /// <summary>A DOI is text, not part of a URL: everything but letters, digits, '-', '.', '_', '~' and '/' is encoded, as doi.org asks.</summary>
    public static string DoiAddress(string doi) => "https://doi.org/" + Href.EncodePath(doi);

    private static string EndWithFullStop(string text) => text.EndsWith('.') ? text : text + ".";
}
