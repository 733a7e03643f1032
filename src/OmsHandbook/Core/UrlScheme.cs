namespace OmsHandbook.Core;

/// <summary>Reads a URL's scheme the way a browser does, so "java&#9;script:" or " JAVASCRIPT:" cannot hide one.</summary>
public static class UrlScheme
{
    /// <summary>The scheme in lower case ("https", "javascript"), or null for a relative URL.</summary>
    public static string? Of(string? url)
    {
        if (url is null || !url.Contains(':', StringComparison.Ordinal))
        {
            // Most addresses are relative: no colon, no scheme, nothing to clean.
            return null;
        }

        // Browsers drop leading and trailing spaces and controls, and every tab and line break inside; dropping
        // every control and space is stricter still, and a scheme never holds one.
        var cleaned = new string(url.Trim().Where(c => c > ' ').ToArray());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(cleaned[0]))
        {
            return null;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(cleaned[i]) || cleaned[i] is '+' or '-' or '.'))
            {
                return null;
            }
        }

        return cleaned[..colon].ToLowerInvariant();
    }
}
