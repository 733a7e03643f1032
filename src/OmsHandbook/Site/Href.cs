using System.Globalization;
using System.Text;

namespace OmsHandbook.Site;

/// <summary>
/// Addresses as an href may hold them: what the URL standard does not allow in a URL is
/// percent-encoded, the rest left as written, so a browser goes where it would have gone anyway
/// and every other reader of the site's files (crawlers, validators, the sitemap) gets a valid URL.
/// </summary>
public static class Href
{
    /// <summary>
    /// Encodes spaces, controls, non-ASCII and the characters a URL may not hold (&lt; &gt; " { } | \ ^ `);
    /// a '%' not followed by two hex digits, a '#' after the first, and '[' or ']' outside the host
    /// are encoded too, as each is an error there. A non-ASCII host is written in its xn-- form.
    /// Existing %XX escapes are kept, so encoding twice changes nothing.
    /// </summary>
    public static string Encode(string address)
    {
        address = AsciiHost(address);
        var hostEnd = AuthorityEnd(address);
        var fragment = address.IndexOf('#', StringComparison.Ordinal);
        return Encode(address, (i, c) => c switch
        {
            '%' => i + 2 < address.Length && char.IsAsciiHexDigit(address[i + 1]) && char.IsAsciiHexDigit(address[i + 2]),
            '#' => i == fragment,
            '[' or ']' => i < hostEnd,
            _ => c is > ' ' and < '\u007F' and not ('<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`'),
        });
    }

    /// <summary>Text that becomes path segments of an address (a DOI, a branch, a file path): all but letters, digits, '-', '.', '_', '~' and '/' is encoded.</summary>
    public static string EncodePath(string text) => Encode(text, (_, c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/');

    /// <param name="keep">Whether to leave the ASCII character at an index as it is; every other character is written as %XX of its UTF-8 bytes.</param>
    private static string Encode(string text, Func<int, char, bool> keep)
    {
        var i = 0;
        StringBuilder? encoded = null;
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && keep(i, (char)rune.Value))
            {
                encoded?.Append((char)rune.Value);
            }
            else
            {
                // Only now is a copy needed; most addresses pass through untouched.
                encoded ??= new StringBuilder(text, 0, i, text.Length + 16);
                var length = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..length])
                {
                    encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }

            i += rune.Utf16SequenceLength;
        }

        return encoded?.ToString() ?? text;
    }

    /// <summary>Where "scheme://host:port" or "//host:port" ends (the first '/', '?' or '#' after it); 0 for an address without a host.</summary>
    private static int AuthorityEnd(string address)
    {
        var start = AuthorityStart(address);
        if (start < 0)
        {
            return 0;
        }

        var end = address.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? address.Length : end;
    }

    /// <summary>The index just past "//" when the address names a host; -1 otherwise.</summary>
    private static int AuthorityStart(string address)
    {
        var slashes = address.IndexOf("//", StringComparison.Ordinal);
        if (slashes == 0)
        {
            return 2;
        }

        if (slashes < 2 || address[slashes - 1] != ':' || !char.IsAsciiLetter(address[0]))
        {
            return -1;
        }

        for (var i = 1; i < slashes - 1; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(address[i]) || address[i] is '+' or '-' or '.'))
            {
                return -1;
            }
        }

        return slashes + 2;
    }

    /// <summary>A host with letters beyond ASCII in its xn-- (punycode) form, as a URL must name it; the rest unchanged.</summary>
    private static string AsciiHost(string address)
    {
        var start = AuthorityStart(address);
        if (start < 0)
        {
            return address;
        }

        var end = AuthorityEnd(address);
        var authority = address[start..end];
        var hostStart = authority.LastIndexOf('@') + 1;
        var portStart = authority.IndexOf(':', hostStart);
        var host = portStart < 0 ? authority[hostStart..] : authority[hostStart..portStart];
        if (Ascii.IsValid(host))
        {
            return address;
        }

        try
        {
            var ascii = new IdnMapping().GetAscii(host);
            return string.Concat(address.AsSpan(0, start + hostStart), ascii, address.AsSpan(start + hostStart + host.Length));
        }
        catch (ArgumentException)
        {
            // Not a name IDNA can write; percent-encoding it below at least keeps the address one token.
            return address;
        }
    }
}
