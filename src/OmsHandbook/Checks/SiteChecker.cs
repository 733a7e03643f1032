using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>
/// Checks a site while it is written: each page is read once as it arrives (from any thread) and
/// only its ids, links and findings are kept; the links between pages are checked when every file
/// is in. Pages the <see cref="CheckCache"/> has seen unchanged are not read again.
/// </summary>
/// <param name="outputDisplayRoot">The output folder as messages name it, e.g. "output".</param>
/// <param name="cache">The previous build's results (the preview keeps one); null reads every page.</param>
public sealed class SiteChecker(string outputDisplayRoot, CheckCache? cache = null)
{
    private static readonly IPageCheck[] PageChecks = [new IdCheck(), new HeadingCheck(), new MetadataCheck(), new ImageAltCheck()];

    private readonly string root = outputDisplayRoot.TrimEnd('/') + "/";
    private readonly ConcurrentDictionary<string, PageScan> pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> files = new(StringComparer.Ordinal);
    private int pagesRead;

    /// <summary>How many pages were read and checked; the others were answered from the cache.</summary>
    public int PagesRead => Volatile.Read(ref pagesRead);

    /// <summary>Checks a whole site at once.</summary>
    /// <param name="sources">Output path -> input file the page came from, where there is one.</param>
    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, string> sources, string outputDisplayRoot, DiagnosticBag diagnostics, CheckCache? cache = null)
    {
        var checker = new SiteChecker(outputDisplayRoot, cache);
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
    }

    /// <param name="bytes">The page as written, to recognise it next time; only read when there is a cache.</param>
    /// <returns>What reading the page found, to hand back with <see cref="AddRead"/> when the same page is written again.</returns>
    public PageScan AddPage(string outputPath, string html, byte[] bytes, string? source)
    {
        files[outputPath] = true;
        var hash = cache is null ? "" : Convert.ToHexString(SHA256.HashData(bytes));
        if (cache?.Find(outputPath, hash, source) is { } known)
        {
            pages[outputPath] = known;
            return known;
        }

        Interlocked.Increment(ref pagesRead);
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
        var scan = new PageScan(outputPath, page.Ids, elsewhere, found.Sorted(), page.FromSource);
        cache?.Store(outputPath, hash, source, scan);
        pages[outputPath] = scan;
        return scan;
    }

    /// <summary>A page written again exactly as it was read before: its links are still checked with the rest.</summary>
    public void AddRead(PageScan scan)
    {
        files[scan.OutputPath] = true;
        pages[scan.OutputPath] = scan;
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

        if (cache is not null)
        {
            cache.Keep(pages.Keys.ToHashSet(StringComparer.Ordinal));
            cache.PagesChecked = PagesRead;
        }
    }
}
