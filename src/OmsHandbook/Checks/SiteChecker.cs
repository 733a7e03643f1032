using AngleSharp.Html.Parser;
using OmsHandbook.Pipeline;
using OmsHandbook.Site;

namespace OmsHandbook.Checks;

/// <summary>Parses every written page once and runs every check over it.</summary>
public sealed class SiteChecker
{
    private readonly IReadOnlyList<IPageCheck> checks = [new LinkCheck(), new IdCheck(), new HeadingCheck(), new MetadataCheck(), new ImageAltCheck()];

    /// <param name="sources">Output path -> input file the page came from, where there is one.</param>
    public void Check(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, string> sources, string outputDisplayRoot, DiagnosticBag diagnostics)
    {
        var pages = files
            .Where(f => f.IsHtml)
            .AsParallel().AsOrdered()
            .Select(f =>
            {
                var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
                var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Content));
                return new CheckedPage(f.Path, outputDisplayRoot.TrimEnd('/') + "/" + f.Path, document, sources.GetValueOrDefault(f.Path));
            })
            .ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        var site = new WrittenSite(files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), pages);

        pages.Values.AsParallel().ForAll(page =>
        {
            foreach (var check in checks)
            {
                check.Check(page, site, diagnostics);
            }
        });
    }
}
