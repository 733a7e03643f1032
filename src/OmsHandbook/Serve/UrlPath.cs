using System.Text;

namespace OmsHandbook.Serve;

/// <summary>
/// Turns decoded paths back into addresses and addresses into header values, so that what the
/// preview decoded once is encoded once on the way out, and a Location header is always valid.
/// </summary>
public static class UrlPath
{
    /// <summary>A decoded path (or a part of one) as address text: each segment percent-encoded, the slashes kept.</summary>
    public static string Encode(string decoded) => string.Join('/', decoded.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The decoded path of an address the preview made or a rule names, without its query or fragment.</summary>
    public static string Decode(string address)
    {
        var end = address.IndexOfAny(['?', '#']);
        return Uri.UnescapeDataString(end < 0 ? address : address[..end]);
    }

    /// <summary>
    /// An address as a Location header: a site-relative address starts with exactly one slash (with
    /// two, or a slash and a backslash, browsers go to another host), and characters a header may not
    /// hold are percent-encoded as UTF-8.
    /// </summary>
    public static string Location(string address)
    {
        var text = address.StartsWith('/') ? "/" + address.TrimStart('/', '\\') : address;
        var location = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                location.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                location.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return location.ToString();
    }
}
