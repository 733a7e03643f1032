using System.Collections.Frozen;

namespace OmsHandbook.Core;

/// <summary>The rules between published URL paths and the output files that serve them, and for the addresses content may take (each edition's own pages: <see cref="EditionPaths"/>).</summary>
public static class SitePaths
{
    /// <summary>The page served for an address with no page, in each edition's folder.</summary>
    public const string NotFoundFile = "404.html";

    /// <summary>
    /// Top-level names the site itself publishes under, which no chapter may take as its slug: its own
    /// pages above, the asset and media folders, and the 404 page.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs =
        new[] { EditionPaths.Main.Faq, EditionPaths.Main.Glossary, EditionPaths.Main.Search, EditionPaths.Main.Print, EditionPaths.Main.Contents }
            .Select(path => path.Trim('/')).Concat(["assets", "media", "404"])
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An alias as a site path: leading and trailing slash, so "/old" and "old/" are the same.</summary>
    public static string RedirectPath(string alias)
    {
        var path = alias.Trim().Trim('/');
        return path.Length == 0 ? "/" : "/" + path + (path.Contains('.', StringComparison.Ordinal) ? "" : "/");
    }

    /// <summary>"/symptoms/" is served from "symptoms/index.html"; "/404.html" from "404.html".</summary>
    public static string OutputPathFor(string urlPath) =>
        urlPath.EndsWith('/') ? urlPath.TrimStart('/') + "index.html" : urlPath.TrimStart('/');

    /// <summary>The other way: "symptoms/index.html" is served at "/symptoms/", "404.html" at "/404.html".</summary>
    public static string UrlPathFor(string outputPath) =>
        "/" + (IsFolderPage(outputPath) ? outputPath[..^"index.html".Length] : outputPath);

    /// <summary>True for a page served at its folder's address ("index.html", "faq/index.html").</summary>
    public static bool IsFolderPage(string outputPath) =>
        outputPath == "index.html" || outputPath.EndsWith("/index.html", StringComparison.Ordinal);
}
