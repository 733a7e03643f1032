using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>Builds the real input/ once into a temporary folder for the tests that read the finished site.</summary>
public sealed class RealHandbookFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();

    public string Output => folder.File("site");

    public BuildResult Result { get; private set; } = default!;

    /// <summary>Every HTML page of the site by its path under the output folder.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; private set; } = new Dictionary<string, IHtmlDocument>();

    /// <summary>The English edition's pages, at the site's root.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> EnglishPages => Pages.Where(p => !p.Key.StartsWith(SpanishFolder, StringComparison.Ordinal)).ToDictionary();

    /// <summary>The Spanish edition's pages, by their path under its folder ("sintomas/index.html").</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> SpanishPages => Pages.Where(p => p.Key.StartsWith(SpanishFolder, StringComparison.Ordinal))
        .ToDictionary(p => p.Key[SpanishFolder.Length..], p => p.Value);

    private const string SpanishFolder = "es/";

    public async Task InitializeAsync()
    {
        Result = await Build.Run(RepoPaths.Input, Output, today: RealHandbookDay.Today);
        var parser = new HtmlParser();
        Pages = Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)))
            : new Dictionary<string, IHtmlDocument>();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => folder.Dispose();
}
