namespace OmsHandbook.Content;

/// <summary>
/// A Markdown page: the home page or a chapter. The body keeps its offset in the file so
/// Markdown diagnostics can name the line the maintainer wrote.
/// </summary>
public sealed record ContentPage(InputFile File, PageFrontMatter Meta, string Body, int BodyFirstLine, string Slug, int Order)
{
    public bool IsHome => Slug.Length == 0;

    /// <summary>The published URL path, e.g. "/symptoms/" or "/" for the home page.</summary>
    public string UrlPath => IsHome ? "/" : "/" + Slug + "/";
}
