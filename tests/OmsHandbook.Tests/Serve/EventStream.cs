using System.Text.Json;

namespace OmsHandbook.Tests.Serve;

/// <summary>Reads the preview's Server-Sent Events as a browser's EventSource would: one event name and its JSON data at a time.</summary>
public sealed class EventStream : IAsyncDisposable
{
    /// <summary>Long enough for a rebuild on a loaded two-core machine; only a hang should ever reach it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        this.response = response;
        reader = new StreamReader(body);
    }

    public static async Task<EventStream> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync("/_preview/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <returns>The next event, or null when the server ended the stream.</returns>
    public async Task<(string Name, JsonElement Data)?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null;
        string? data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
            else if (line.Length == 0 && name is not null)
            {
                return (name, JsonDocument.Parse(data ?? "null").RootElement.Clone());
            }
        }

        return null;
    }

    /// <summary>The next event, which must have this name.</summary>
    public async Task<JsonElement> ExpectAsync(string name)
    {
        var next = await NextAsync();
        Assert.True(next is not null, $"the event stream ended before a '{name}' event");
        Assert.Equal(name, next.Value.Name);
        return next.Value.Data;
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
