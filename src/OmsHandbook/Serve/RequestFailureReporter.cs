using Microsoft.AspNetCore.Http;

namespace OmsHandbook.Serve;

/// <summary>
/// The outermost middleware: a request the preview fails to answer is one line in the terminal and
/// a 500 that says where to look, rather than an empty 500 that only the browser sees.
/// </summary>
public sealed class RequestFailureReporter(TextWriter stderr)
{
    public const string Body = "The preview could not answer this request; the terminal running `serve` says why.\n";

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // One line, as every other problem the preview prints: what failed and why, without a stack trace.
            await stderr.WriteLineAsync($"The preview could not answer {context.Request.Method} {context.Request.Path.ToUriComponent()} ({ex.GetType().Name}: {ex.Message}); the page got an error 500, and the next request tries again.");
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Body, context.RequestAborted);
            }
        }
    }
}
