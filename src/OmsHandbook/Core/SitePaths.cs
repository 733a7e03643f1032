namespace OmsHandbook.Core;

/// <summary>Published URL paths and the output files that serve them.</summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Faq = "/faq/";
    public const string Glossary = "/glossary/";
    public const string Print = "/print/";
    public const string Search = "/search/";
    public const string Contents = "/contents/";
    public const string NotFound = "/404.html";

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
