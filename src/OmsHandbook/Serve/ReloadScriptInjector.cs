using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OmsHandbook.Site;

namespace OmsHandbook.Serve;

/// <summary>
/// Middleware that adds the reload script to every HTML page the preview serves. Only the server
/// adds it, on the way out, so the script never exists in a built site. It is an external script
/// (no inline code), so pages keep working under the site's strict Content-Security-Policy.
/// </summary>
public static class ReloadScriptInjector
{
    /// <summary>The tag added before &lt;/head&gt;; data-build says which build the page came from.</summary>
    public static string Tag(int build) =>
        $"<script src=\"{PreviewEndpoints.ReloadScript}\" data-build=\"{build.ToString(CultureInfo.InvariantCulture)}\" defer></script>";

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments(PreviewEndpoints.Root, StringComparison.Ordinal))
        {
            await next();
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (body.Length > 0 && context.Items[SiteResponder.BuildItem] is int build
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Encoding.UTF8.GetBytes(HeadMarkup.Append(Encoding.UTF8.GetString(body), Tag(build)));
            context.Response.ContentLength = body.Length;
        }

        await original.WriteAsync(body, context.RequestAborted);
    }
}
