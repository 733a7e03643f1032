using System.Globalization;
using System.Text.RegularExpressions;

namespace OmsHandbook.Content;

/// <summary>
/// The syntax of each kind of value that the build writes into another file or an address:
/// `_redirects`, `robots.txt`, the sitemap, JSON-LD and `href`s. A value a pull request could use to
/// add a line or a rule of its own (a space in a redirect path, a newline in an address, a
/// `javascript:` link) is refused where it is written, so a reviewer never has to spot it.
/// </summary>
/// <param name="Problem">Null when the value has the syntax; otherwise what is wrong with it and how to write it.</param>
public sealed partial record PublishedValue(Func<string, string?> Problem)
{
    /// <summary>A front-matter alias: a path on this site that `_redirects` sends to the page.</summary>
    public static readonly PublishedValue SitePath = new(SitePathProblem);

    /// <summary>A reference's or repository's address: absolute http or https.</summary>
    public static readonly PublishedValue WebAddress = new(value => WebAddressProblem(value, isSiteRoot: false));

    /// <summary>The site's own address, which every page's path is added to.</summary>
    public static readonly PublishedValue SiteAddress = new(value => WebAddressProblem(value, isSiteRoot: true));

    /// <summary>A DOI, which doi.org resolves: "10.", a registrant number, "/", then the item.</summary>
    public static readonly PublishedValue Doi = new(DoiProblem);

    /// <summary>A language, as the page's lang attribute and JSON-LD name it: a well-formed BCP 47 tag.</summary>
    public static readonly PublishedValue LanguageTag = new(value => Bcp47().IsMatch(value)
        ? null
        : "must be a language tag such as 'en-GB', 'en' or 'es' (BCP 47: a language, then optionally a script and a region, joined by '-')");

    private static string? SitePathProblem(string value)
    {
        if (FirstInvisible(value) is { } invisible)
        {
            return invisible;
        }

        var path = value.Trim();
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (char.IsLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~')
            {
                continue;
            }

            if (c == '%' && i + 2 < path.Length && char.IsAsciiHexDigit(path[i + 1]) && char.IsAsciiHexDigit(path[i + 2]))
            {
                i += 2;
                continue;
            }

            return $"must be a path on this site such as /old-page/, made of letters, digits and - . _ ~ /; it has '{c}', which a rule in _redirects would read as more than a path";
        }

        if (path.Trim('/').Length == 0)
        {
            return "must be a path on this site such as /old-page/, not the home page";
        }

        if (path.Contains("//", StringComparison.Ordinal) || path.Split('/').Any(part => part is "." or ".."))
        {
            return "must be a plain path such as /old-page/, without '//', '.' or '..' parts";
        }

        return null;
    }

    private static string? WebAddressProblem(string value, bool isSiteRoot)
    {
        if (FirstInvisible(value) is { } invisible)
        {
            return invisible;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            return "must be an absolute address starting with https:// (or http://), such as https://example.org/page";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "must not have a name and '@' before the host: a reader would see one site and land on another";
        }

        if (isSiteRoot && (uri.Query.Length > 0 || uri.Fragment.Length > 0))
        {
            return "must be the site's address without '?' or '#' parts, such as https://example.org; each page's path is added to it";
        }

        return null;
    }

    private static string? DoiProblem(string value) =>
        FirstInvisible(value) ?? (DoiShape().IsMatch(value)
            ? null
            : "must be a DOI such as 10.1016/j.ejpn.2009.03.002: '10.', the publisher's number, '/', then the item (no https://doi.org/ in front)");

    /// <summary>A space or control character anywhere: each would end a line or a rule in the file the value is written into.</summary>
    private static string? FirstInvisible(string value)
    {
        foreach (var c in value)
        {
            if (c <= ' ' || char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u2028' or '\u2029')
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"must not hold spaces, line breaks or other invisible characters, but it has U+{(int)c:X4}; remove it (write a space inside an address as %20)");
            }
        }

        return null;
    }

    [GeneratedRegex(@"^10\.[0-9]{4,9}(\.[0-9]+)*/.+$")]
    private static partial Regex DoiShape();

    // RFC 5646's langtag (language, extlang, script, region, variants, extensions, private use), or
    // private use alone. The grammar also allows 4- to 8-letter languages, but the registry has none,
    // and allowing them would accept "English".
    [GeneratedRegex(@"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bcp47();
}
