using System.Text;

namespace OmsHandbook.Site;

/// <summary>Addresses as an href may hold them: what the URL standard does not allow in a URL is percent-encoded, the rest left as written.</summary>
public static class Href
{
    /// <summary>Encodes spaces, controls, non-ASCII and the characters a URL may not hold (&lt; &gt; " { } | \ ^ `), keeping existing %XX escapes.</summary>
    public static string Encode(string address) => Encode(address, c => c is > ' ' and < '\u007F' and not ('<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`'));

    /// <param name="keep">The ASCII characters to leave as they are; every other character is written as %XX of its UTF-8 bytes.</param>
    public static string Encode(string text, Func<char, bool> keep)
    {
        if (text.All(keep))
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 0x80 && keep(c))
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
