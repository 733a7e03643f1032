namespace OmsHandbook.Content;

/// <summary>
/// A Markdown page: the home page or a chapter. The body keeps its offset in the file so
/// Markdown diagnostics can name the line the maintainer wrote.
/// </summary>
public sealed record ContentPage(InputFile File, PageFrontMatter Meta, string Body, int BodyFirstLine, string Slug, int Order)
{
    public bool IsHome => Slug.Length == 0;

    /// <summary>The slug of this page in the first edition: its own, or, for a translation, the slug of the page it translates.</summary>
    public string OriginalSlug { get => originalSlug ?? Slug; init => originalSlug = value; }

    private readonly string? originalSlug;

    /// <summary>Where the page's edition is published: "/", or a translation's folder ("/es/").</summary>
    public string Root { get; init; } = "/";

    /// <summary>The published URL path, e.g. "/symptoms/", "/es/sintomas/", or the edition's root for its home page.</summary>
    public string UrlPath => IsHome ? Root : Root + Slug + "/";
}
