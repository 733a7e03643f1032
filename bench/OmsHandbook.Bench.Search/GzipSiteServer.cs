using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace OmsHandbook.Bench.Search;

/// <summary>
/// A built site on loopback as Netlify serves it to a browser: gzip for text and JSON, a year's
/// cache for /assets/, revalidation for the rest. Brotli is left out so the figures are gzip's.
/// </summary>
public sealed class GzipSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private GzipSiteServer(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.First());

    public static async Task<GzipSiteServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/json", "text/javascript"]);
        });
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseResponseCompression();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                ? "public, max-age=31536000, immutable"
                : "public, max-age=0, must-revalidate";
            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await app.StartAsync();
        return new GzipSiteServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
