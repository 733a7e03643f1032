using System.Collections.Concurrent;
using System.Text;
using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>
/// Checks a site while it is written: each page is read once as it arrives (from any thread) and
/// only its ids, links and findings are kept; the links between pages are checked when every file
/// is in. Pages the memo has seen unchanged are not read again.
/// </summary>
/// <param name="outputDisplayRoot">The output folder as messages name it, e.g. "output".</param>
/// <param name="memo">What reading pages found before, by page (the preview keeps one); null reads every page.</param>
public sealed class SiteChecker(string outputDisplayRoot, Memo<PageScan>? memo = null)
{
    private static readonly IPageCheck[] PageChecks = [new IdCheck(), new HeadingCheck(), new MetadataCheck(), new ImageAltCheck()];

    private readonly string root = outputDisplayRoot.TrimEnd('/') + "/";
    private readonly ConcurrentDictionary<string, PageScan> pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> files = new(StringComparer.Ordinal);

    /// <summary>Checks a whole site at once.</summary>
    /// <param name="sources">Output path -> input file the page came from, where there is one.</param>
    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, string> sources, string outputDisplayRoot, DiagnosticBag diagnostics, Memo<PageScan>? memo = null)
    {
        memo?.Begin();
        var checker = new SiteChecker(outputDisplayRoot, memo);
        files.AsParallel().ForAll(f =>
        {
            if (f.IsHtml)
            {
                checker.AddPage(f.Path, Encoding.UTF8.GetString(f.Content), f.Content, sources.GetValueOrDefault(f.Path));
            }
            else
            {
                checker.AddFile(f.Path);
            }
        });
        checker.Finish(diagnostics);
        memo?.Sweep();
    }

    /// <param name="html">The page's text; null to decode it from the bytes, only if the page must be read.</param>
    /// <param name="bytes">The page as written, to recognise it next time; only read when there is a memo and no key.</param>
    /// <param name="key">A content hash of what the page was laid out from, when there is one: it stands for the bytes, unread.</param>
    /// <returns>What reading the page found.</returns>
    public PageScan AddPage(string outputPath, string? html, byte[] bytes, string? source, string? key = null)
    {
        files[outputPath] = true;
        var scan = memo is null ? Read() : memo.GetOrMake(ContentHash.Of(outputPath, source, key ?? ContentHash.Of(bytes)), Read);
        pages[outputPath] = scan;
        return scan;

        PageScan Read() => ReadPage(outputPath, html ?? Encoding.UTF8.GetString(bytes), source);
    }

    private PageScan ReadPage(string outputPath, string html, string? source)
    {
        var page = CheckedPage.Read(outputPath, root + outputPath, html, source);
        var found = new DiagnosticBag();
        foreach (var check in PageChecks)
        {
            check.Check(page, found);
        }

        // Links within the page are checked now; of the links to other pages, each address once.
        var links = LinkCheck.Links(page);
        LinkCheck.CheckWithinPage(links, page, found);
        var elsewhere = links
            .Where(l => l.Target != outputPath)
            .DistinctBy(l => l.Reference, StringComparer.Ordinal)
            .ToList();
        return new PageScan(outputPath, page.Ids, elsewhere, found.Sorted(), page.FromSource);
    }

    public void AddFile(string outputPath) => files[outputPath] = true;

    /// <summary>Reports what every page's checks found and checks the links between pages.</summary>
    public void Finish(DiagnosticBag diagnostics)
    {
        var site = new WrittenSite(
            files.Keys.ToHashSet(StringComparer.Ordinal),
            pages.ToDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal));
        pages.Values.AsParallel().ForAll(page =>
        {
            diagnostics.AddRange(page.Found);
            LinkCheck.Check(page, site, diagnostics);
        });
    }
}
