namespace OmsHandbook.Core;

/// <summary>
/// Titles of pages the site makes itself that other parts name too: the search index and the search
/// page list entries under them, and the 404 page suggests them.
/// </summary>
public static class SitePageTitles
{
    public const string Faq = "Questions and answers";
    public const string Glossary = "Glossary";
}
