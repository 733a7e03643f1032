namespace OmsHandbook.Core;

/// <summary>
/// The addresses of one edition's pages: the first edition's at the site's root, each translation's
/// under its own folder ("/es/"), so "/faq/" and "/es/faq/" are the same page in two languages.
/// </summary>
/// <param name="Root">"/" or "/es/": always with a slash at both ends.</param>
public sealed record EditionPaths(string Root)
{
    /// <summary>The edition read from input/ itself, published at the root.</summary>
    public static readonly EditionPaths Main = new("/");

    /// <summary>A translation's addresses, under the folder it is read from: "es" publishes at "/es/".</summary>
    public static EditionPaths Under(string folder) => new("/" + folder.Trim('/') + "/");

    public string Home => Root;
    public string Faq => Root + "faq/";
    public string Glossary => Root + "glossary/";
    public string Print => Root + "print/";
    public string Search => Root + "search/";
    public string Contents => Root + "contents/";
    public string NotFound => Root + SitePaths.NotFoundFile;
}
