using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using OmsHandbook.Pipeline;
using OmsHandbook.Site;

namespace OmsHandbook.Checks;

/// <summary>Parses every written page once and runs every check over it, skipping what <see cref="CheckCache"/> already knows.</summary>
public sealed class SiteChecker
{
    private readonly IReadOnlyList<IPageCheck> checks = [new LinkCheck(), new IdCheck(), new HeadingCheck(), new MetadataCheck(), new ImageAltCheck()];

    /// <param name="sources">Output path -> input file the page came from, where there is one.</param>
    /// <param name="cache">Results of the previous check by the same builder; a new cache checks every page.</param>
    public void Check(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, string> sources, string outputDisplayRoot, DiagnosticBag diagnostics, CheckCache cache)
    {
        var root = outputDisplayRoot.TrimEnd('/') + "/";
        var html = files.Where(f => f.IsHtml).ToList();
        var pages = html
            .AsParallel().AsOrdered()
            .Select(f =>
            {
                var hash = Convert.ToHexString(SHA256.HashData(f.Content));
                var source = sources.GetValueOrDefault(f.Path);
                return (File: f, Hash: hash, Source: source, Cached: cache.Find(f.Path, hash, source), Parsed: (CheckedPage?)null);
            })
            .Select(p => p.Cached is null ? p with { Parsed = Parse(p.File, root, p.Source) } : p)
            .ToList();

        var ids = pages.ToDictionary(p => p.File.Path, p => p.Parsed?.Ids ?? p.Cached!.Ids, StringComparer.Ordinal);
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var filesFingerprint = Fingerprint(paths);
        var site = new WrittenSite(paths, ids);

        var checkedPages = 0;
        pages.AsParallel().ForAll(p =>
        {
            if (p.Cached is { } cached && cached.StillHolds(filesFingerprint, site))
            {
                Replay(cached.Found, diagnostics);
                return;
            }

            Interlocked.Increment(ref checkedPages);
            var page = p.Parsed ?? Parse(p.File, root, p.Source);
            var found = new DiagnosticBag();
            foreach (var check in checks)
            {
                check.Check(page, site, found);
            }

            var fragmentLinks = LinkCheck.Links(page)
                .Where(l => l.Target is not null && l.Target != page.OutputPath && !string.IsNullOrEmpty(l.Fragment))
                .Select(l => new FragmentLink(l.Target!, l.Fragment!, site.IdsOf(l.Target!)?.Contains(l.Fragment!) ?? true))
                .Distinct()
                .ToList();
            var result = found.Sorted();
            cache.Store(p.File.Path, new CheckedResult(p.Hash, p.Source, page.Ids, filesFingerprint, fragmentLinks, result));
            Replay(result, diagnostics);
        });

        cache.Keep(html.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        cache.PagesChecked = checkedPages;
    }

    private static CheckedPage Parse(OutputFile file, string root, string? source)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(Encoding.UTF8.GetString(file.Content));
        return new CheckedPage(file.Path, root + file.Path, document, source);
    }

    private static void Replay(IReadOnlyList<Diagnostic> found, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in found)
        {
            diagnostics.Report(diagnostic.Severity, diagnostic.Code, diagnostic.Location, diagnostic.Message);
        }
    }

    /// <summary>Which files the site has: every page's links depend on it.</summary>
    private static string Fingerprint(IReadOnlySet<string> paths) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', paths.Order(StringComparer.Ordinal)))));
}
