using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OmsHandbook.Tests.Serve;

/// <summary>
/// One GET sent byte for byte over a socket to the preview on 127.0.0.1, so the request target
/// reaches the server exactly as written ("//faq", "/%2566aq/"): HttpClient would tidy it first.
/// </summary>
public sealed record RawRequest(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static async Task<RawRequest> GetAsync(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: localhost:{server.Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var timeout = new CancellationTokenSource(EventStream.Patience);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(timeout.Token);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(headEnd > 0, $"GET {target}: no complete response:\n{text}");
        var lines = text[..headEnd].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RawRequest(status, headers, text[(headEnd + 4)..]);
    }

    public string? Location => Headers.GetValueOrDefault("Location");
}
