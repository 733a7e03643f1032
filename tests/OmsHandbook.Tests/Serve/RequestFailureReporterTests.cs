using Microsoft.AspNetCore.Http;
using OmsHandbook.Serve;

namespace OmsHandbook.Tests.Serve;

/// <summary>A request the preview fails to answer is said in the terminal and in the answer, never an empty 500.</summary>
[Trait("Tier", "Unit")]
public sealed class RequestFailureReporterTests
{
    [Fact]
    public async Task A_failing_request_is_one_line_in_the_terminal_and_a_500_that_says_where_to_look()
    {
        using var terminal = new StringWriter();
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/faq/";
        using var body = new MemoryStream();
        context.Response.Body = body;

        await new RequestFailureReporter(terminal).InvokeAsync(context, () => throw new InvalidOperationException("Invalid non-ASCII or control character in header: 0x00E9"));

        Assert.Equal(500, context.Response.StatusCode);
        Assert.Equal(RequestFailureReporter.Body, System.Text.Encoding.UTF8.GetString(body.ToArray()));
        var line = Assert.Single(terminal.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("The preview could not answer GET /faq/ (InvalidOperationException: Invalid non-ASCII or control character in header: 0x00E9); the page got an error 500, and the next request tries again.", line);
    }
}
