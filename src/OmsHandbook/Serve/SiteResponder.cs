using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using OmsHandbook.Serve.Netlify;

namespace OmsHandbook.Serve;

/// <summary>
/// Answers a request from the current in-memory site the way Netlify answers it: the page or file
/// at the address ("/faq/" is faq/index.html), "/faq" redirected to "/faq/", redirects from
/// _redirects and netlify.toml where no file is, 404.html otherwise, and netlify.toml's headers on all.
/// </summary>
public sealed class SiteResponder(PreviewState state)
{
    /// <summary>Where the build number of the snapshot that answered is kept, for the reload script.</summary>
    public const string BuildItem = "oms-preview-build";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var snapshot = state.Current;
        context.Items[BuildItem] = snapshot.Build;
        if (snapshot.Site is not { } site)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await WriteAsync(context, "waiting.html", PreviewResources.Read("waiting.html"));
            return;
        }

        // Decoded once and with single slashes already (RequestPath); never decoded again here.
        var path = request.Path.HasValue ? request.Path.Value! : "/";
        foreach (var (name, value) in snapshot.Netlify.HeadersFor(path))
        {
            response.Headers[name] = value;
        }

        var file = Find(site, path);
        if (file is null && !path.EndsWith('/') && site.Files.ContainsKey(path.TrimStart('/') + "/index.html"))
        {
            Redirect(response, UrlPath.Encode(path + "/") + request.QueryString.ToUriComponent(), StatusCodes.Status301MovedPermanently);
            return;
        }

        foreach (var rule in site.Redirects.Concat(snapshot.Netlify.Redirects))
        {
            if ((file is not null && !rule.Force) || rule.From.Match(path) is not { } values)
            {
                continue;
            }

            var target = NetlifyPath.Fill(rule.To, values);
            if (rule.Status is >= 300 and < 400)
            {
                Redirect(response, target, rule.Status);
                return;
            }

            if (Find(site, UrlPath.Decode(target)) is { } rewritten)
            {
                response.StatusCode = rule.Status;
                await WriteAsync(context, rewritten, site.Files[rewritten]);
                return;
            }
        }

        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            if (site.Files.TryGetValue("404.html", out var notFound))
            {
                await WriteAsync(context, "404.html", notFound);
            }

            return;
        }

        await WriteAsync(context, file, site.Files[file]);
    }

    /// <summary>The site file that serves a decoded path, if there is one.</summary>
    private static string? Find(PreviewSite site, string path)
    {
        var relative = path.TrimStart('/');
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        return site.Files.ContainsKey(file) ? file : null;
    }

    private static void Redirect(HttpResponse response, string location, int status)
    {
        response.StatusCode = status;
        response.Headers.Location = UrlPath.Location(location);
    }

    private static async Task WriteAsync(HttpContext context, string file, byte[] content)
    {
        var response = context.Response;
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "text/plain";
        response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        response.ContentLength = content.Length;

        // Kestrel drops the body of a HEAD response; writing it keeps the length the same as for GET.
        await response.Body.WriteAsync(content, context.RequestAborted);
    }
}
