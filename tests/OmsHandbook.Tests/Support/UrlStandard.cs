using System.Globalization;
using System.Text.RegularExpressions;

namespace OmsHandbook.Tests.Support;

/// <summary>
/// Judges an address as the WHATWG URL Standard's "valid URL string" does: an absolute URL
/// (scheme, then for http and https "//", a valid host, an optional port, a path, query and
/// fragment) or a relative one (scheme-relative, path-absolute or path-relative), each part made
/// only of URL code points and %XX escapes.
/// </summary>
/// <remarks>
/// Two rules are stricter than the standard, on purpose. Non-ASCII code points are refused unless
/// percent-encoded: the standard lets an href hold "é", but the sitemap protocol, HTTP headers and
/// most tools that read the site's files want ASCII, and a link that is valid in one place should
/// be valid in all. Leading or trailing spaces (which HTML attributes tolerate) are refused too:
/// the build has no reason to write one. A browser's lenient parser accepts much of what this
/// refuses, which is why a browser test cannot stand in for this check.
/// </remarks>
public static partial class UrlStandard
{
    /// <summary>Schemes that are valid URLs but run script when followed.</summary>
    private static readonly HashSet<string> ScriptSchemes = new(StringComparer.Ordinal) { "javascript", "vbscript" };

    /// <summary>The standard's special schemes other than file, whose URLs must have "//" and a host.</summary>
    private static readonly HashSet<string> HostSchemes = new(StringComparer.Ordinal) { "http", "https", "ws", "wss", "ftp" };

    /// <summary>Null when <paramref name="url"/> is a valid URL string; otherwise what is wrong, at which character.</summary>
    public static string? Problem(string url)
    {
        if (url.Length == 0)
        {
            return "is empty";
        }

        for (var i = 0; i < url.Length; i++)
        {
            if (CharacterProblem(url, i) is { } problem)
            {
                return problem;
            }
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var beforeFragment = hash < 0 ? url : url[..hash];
        if (hash >= 0 && url.IndexOf('#', hash + 1) is var second and >= 0)
        {
            return At(second, "has a second '#'; a fragment may not hold one unless encoded as %23");
        }

        var question = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var beforeQuery = question < 0 ? beforeFragment : beforeFragment[..question];
        if (BracketOutsideHost(url, beforeQuery) is { } bracket)
        {
            return bracket;
        }

        var scheme = SchemePrefix().Match(beforeQuery);
        if (scheme.Success)
        {
            var name = scheme.Groups[1].Value.ToLowerInvariant();
            if (ScriptSchemes.Contains(name))
            {
                return $"uses '{name}:', which runs script";
            }

            var rest = beforeQuery[scheme.Length..];
            if (HostSchemes.Contains(name))
            {
                return rest.StartsWith("//", StringComparison.Ordinal)
                    ? AuthorityProblem(rest, scheme.Length)
                    : $"is a '{name}:' address without '//' and a host";
            }

            // Other schemes (mailto:, tel:) have an opaque path; its characters were checked above.
            return rest.StartsWith("//", StringComparison.Ordinal) ? AuthorityProblem(rest, scheme.Length) : null;
        }

        if (beforeQuery.StartsWith("//", StringComparison.Ordinal))
        {
            return AuthorityProblem(beforeQuery, 0);
        }

        if (!beforeQuery.StartsWith('/'))
        {
            var firstSegment = beforeQuery.Split('/')[0];
            if (firstSegment.Contains(':', StringComparison.Ordinal))
            {
                return $"is a relative path whose first part '{firstSegment}' holds ':', which is neither a scheme nor allowed there (write './{firstSegment}')";
            }
        }

        return null;
    }

    /// <summary>The addresses in a srcset: image candidates split on commas, each a URL and an optional descriptor.</summary>
    public static IReadOnlyList<string> SrcsetUrls(string srcset)
    {
        var urls = new List<string>();
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var url = srcset[start..i];
            if (url.EndsWith(','))
            {
                // "a.png,b.png": the comma ends the candidate.
                urls.Add(url.TrimEnd(','));
                continue;
            }

            urls.Add(url);
            while (i < srcset.Length && srcset[i] != ',')
            {
                i++;
            }
        }

        return urls;
    }

    private static string? CharacterProblem(string url, int i)
    {
        var c = url[i];
        if (c > '\u007E')
        {
            var shown = char.IsSurrogate(c) ? "a character outside the BMP" : $"'{c}' (U+{(int)c:X4})";
            return At(i, $"has {shown}, which must be percent-encoded as its UTF-8 bytes");
        }

        if (c <= ' ' || c == '\u007F')
        {
            return At(i, string.Create(CultureInfo.InvariantCulture, $"has a space or control character U+{(int)c:X4}; write it as %{(int)c:X2}"));
        }

        if (c == '%')
        {
            return i + 2 < url.Length && char.IsAsciiHexDigit(url[i + 1]) && char.IsAsciiHexDigit(url[i + 2])
                ? null
                : At(i, "has a '%' that is not followed by two hex digits; write a percent sign as %25");
        }

        return c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`'
            ? At(i, $"has '{c}', which no part of a URL may hold unencoded")
            : null;
    }

    /// <summary>'[' and ']' are URL syntax only around an IPv6 host; anywhere else they must be encoded.</summary>
    private static string? BracketOutsideHost(string url, string beforeQuery)
    {
        var hostEnd = -1;
        var authority = beforeQuery.IndexOf("//", StringComparison.Ordinal);
        if (authority >= 0 && (authority == 0 || SchemePrefix().Match(beforeQuery) is { Success: true } s && s.Length == authority))
        {
            var slash = beforeQuery.IndexOf('/', authority + 2);
            hostEnd = slash < 0 ? beforeQuery.Length : slash;
        }

        for (var i = 0; i < url.Length; i++)
        {
            if (url[i] is '[' or ']' && i >= hostEnd)
            {
                return At(i, $"has '{url[i]}' outside an IPv6 host; write it as %{(int)url[i]:X2}");
            }
        }

        return null;
    }

    /// <summary>"//host[:port][/path]" starting at <paramref name="offset"/> in the whole URL.</summary>
    private static string? AuthorityProblem(string text, int offset)
    {
        var end = text.IndexOf('/', 2);
        var authority = end < 0 ? text[2..] : text[2..end];
        if (authority.Contains('@', StringComparison.Ordinal))
        {
            return At(offset + 2, "has a user name or password before the host, which the standard counts as an error");
        }

        var host = authority;
        if (!authority.StartsWith('['))
        {
            var colon = authority.LastIndexOf(':');
            if (colon >= 0)
            {
                host = authority[..colon];
                var port = authority[(colon + 1)..];
                if (!(port.Length == 0 || (port.All(char.IsAsciiDigit) && port.Length <= 5 && int.Parse(port, CultureInfo.InvariantCulture) <= 65535)))
                {
                    return At(offset + 2 + colon + 1, $"has port '{port}', which is not a number from 0 to 65535");
                }
            }
        }
        else if (!Ipv6Host().IsMatch(authority))
        {
            return At(offset + 2, $"has host '{authority}', which is not a bracketed IPv6 address");
        }
        else
        {
            return null;
        }

        return DomainLabels().IsMatch(host) ? null : At(offset + 2, $"has host '{host}', which is not a domain of ASCII letters, digits and hyphens (an international name is written in its xn-- form)");
    }

    private static string At(int index, string problem) => string.Create(CultureInfo.InvariantCulture, $"{problem} (character {index + 1})");

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePrefix();

    // Labels of letters, digits and inner hyphens, 1 to 63 long, joined by dots; a final dot is allowed.
    [GeneratedRegex(@"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")]
    private static partial Regex DomainLabels();

    [GeneratedRegex(@"^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$")]
    private static partial Regex Ipv6Host();
}
