using OmsHandbook.Pipeline;
using OmsHandbook.Search;
using OmsHandbook.Serve;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.BrowserTests.Support;

/// <summary>How a built site reaches the browser.</summary>
public enum SiteServer
{
    /// <summary>A plain static file server over the written folder: index pages and nothing else of ours.</summary>
    Static,

    /// <summary>`serve`, building into memory with the Netlify rules applied.</summary>
    Preview,
}

/// <summary>
/// The real handbook with its search index sharded, as only a handbook of hundreds of chapters would
/// be at the real threshold: written and served by a plain static server, and previewed by `serve`.
/// The real handbook's queries, typos and synonyms then run over shards in seconds.
/// </summary>
public sealed class ShardedSite : IAsyncLifetime
{
    /// <summary>Every index is sharded, into small postings shards so a query's words fall in several.</summary>
    public static readonly SearchIndexOptions Sharded = new(ShardThresholdBytes: 0, PostingsShardBytes: 4 * 1024);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "oms-sharded-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? staticServer;
    private PreviewServer? preview;

    public string Output => Path.Combine(folder, "site");

    public Uri AddressOf(SiteServer server) => server switch
    {
        SiteServer.Static => staticServer?.Address,
        _ => preview?.Address,
    } ?? throw new InvalidOperationException("the sharded site is not being served");

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        var result = await new SiteBuilder().BuildAsync(new BuildOptions(RepoPaths.Input, Output, RealHandbookDay.Today, AllowOverdue: true) { SearchIndex = Sharded });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the handbook did not build:\n" + string.Join('\n', result.Diagnostics.Sorted().Select(d => d.ToMsBuildFormat())));
        }

        staticServer = await StaticSiteServer.StartAsync(Output);
        preview = await PreviewServer.StartAsync(
            PreviewOptions.ForRepository(RepoPaths.Input, port: 0, today: RealHandbookDay.Today, allowOverdue: true) with { SearchIndex = Sharded },
            TextWriter.Null, TextWriter.Null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (preview is not null)
        {
            await preview.DisposeAsync();
        }

        if (staticServer is not null)
        {
            await staticServer.DisposeAsync();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
