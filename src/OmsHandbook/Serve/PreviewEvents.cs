using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;

namespace OmsHandbook.Serve;

/// <summary>
/// Server-Sent Events to every open page: "reload" after a good build, "failure" with the problems
/// after a failed one. Each page has its own queue, so a slow page never holds up another.
/// </summary>
public sealed class PreviewEvents
{
    private readonly Lock gate = new();
    private readonly HashSet<Channel<string>> pages = [];
    private bool closed;

    /// <summary>How many pages are listening.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return pages.Count;
            }
        }
    }

    /// <summary>One SSE message: "event: name" and its data as one line of JSON.</summary>
    public static string Format<T>(string name, T data, JsonTypeInfo<T> type) => $"event: {name}\ndata: {JsonSerializer.Serialize(data, type)}\n\n";

    /// <summary>Starts a queue for one page; it ends when the page leaves or the server stops.</summary>
    public ChannelReader<string> Subscribe(CancellationToken pageGone)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            if (closed)
            {
                channel.Writer.TryComplete();
                return channel.Reader;
            }

            pages.Add(channel);
        }

        pageGone.Register(() =>
        {
            lock (gate)
            {
                pages.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    public void Publish<T>(string name, T data, JsonTypeInfo<T> type)
    {
        var message = Format(name, data, type);
        lock (gate)
        {
            foreach (var page in pages)
            {
                page.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Ends every page's stream so the server can stop without waiting for them.</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
            foreach (var page in pages)
            {
                page.Writer.TryComplete();
            }

            pages.Clear();
        }
    }
}
