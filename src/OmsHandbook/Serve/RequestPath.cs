using Microsoft.AspNetCore.Http;

namespace OmsHandbook.Serve;

/// <summary>
/// The one place a request's path is made canonical, first thing, before anything reads it. Kestrel
/// has decoded it once, as Netlify does, and nothing after this decodes it again; runs of slashes
/// become one, so no answer built from the path (a redirect to "/faq/", a rule's match) can start
/// with "//", which a browser reads as another host.
/// </summary>
public static class RequestPath
{
    public static Task NormalizeAsync(HttpContext context, Func<Task> next)
    {
        context.Request.Path = new PathString(Normalize(context.Request.Path.Value));
        return next();
    }

    /// <summary>"//faq//x" is "/faq/x"; an empty path is "/".</summary>
    public static string Normalize(string? decoded)
    {
        var segments = (decoded ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var trailing = decoded is { Length: > 0 } && decoded.EndsWith('/') && segments.Length > 0;
        return "/" + string.Join('/', segments) + (trailing ? "/" : "");
    }
}
