using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OmsHandbook.Serve;

/// <summary>
/// The preview's own addresses under /_preview/: the reload script, the overlay's stylesheet, and
/// the event stream that tells pages to reload or to show why the build failed.
/// </summary>
public sealed class PreviewEndpoints(PreviewState state, PreviewEvents events)
{
    public const string Root = "/_preview";
    public const string ReloadScript = Root + "/reload.js";
    public const string OverlayStyle = Root + "/overlay.css";
    public const string Events = Root + "/events";

    /// <returns>False when the address is not one of the preview's own.</returns>
    public async Task<bool> TryRespondAsync(HttpContext context)
    {
        switch (context.Request.Path.Value)
        {
            case ReloadScript:
                await WriteAsync(context, "text/javascript; charset=utf-8", PreviewResources.Read("reload.js"));
                return true;
            case OverlayStyle:
                await WriteAsync(context, "text/css; charset=utf-8", PreviewResources.Read("overlay.css"));
                return true;
            case Events:
                await StreamEventsAsync(context);
                return true;
            default:
                return false;
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // Subscribe first, then say hello: an event between the two is queued, not lost.
        var queue = events.Subscribe(context.RequestAborted);
        var now = state.Current;
        await response.WriteAsync(PreviewEvents.Format("hello", new HelloMessage(now.Build, now.Failure), PreviewJson.Default.HelloMessage), context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await foreach (var message in queue.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or reloaded.
        }
    }

    private static async Task WriteAsync(HttpContext context, string type, byte[] content)
    {
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }
}
