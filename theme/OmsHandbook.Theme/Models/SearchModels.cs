namespace OmsHandbook.Theme.Models;

/// <summary>What the search box needs: the script that enhances it, the index it fetches on first focus, and the search page it falls back to.</summary>
public sealed record SearchBoxView(string ScriptHref, string IndexHref, string PageHref)
{
    /// <summary>The id of the search page's A–Z, which works when search finds nothing or cannot run.</summary>
    public const string BrowseId = "search-browse";

    /// <summary>The A–Z on the search page: where a search that found nothing, or failed, sends the reader.</summary>
    public string BrowseHref => PageHref + "#" + BrowseId;
}

/// <summary>The /search/ page: a search form, and an A–Z of glossary terms and headings that works without JavaScript.</summary>
/// <param name="Listed">One sentence saying what the A–Z lists.</param>
public sealed record SearchBody(SearchBoxView Search, IReadOnlyList<SearchLetter> Letters, string Listed) : PageBody;

/// <summary>The A–Z entries that start with one letter.</summary>
public sealed record SearchLetter(string Letter, string Id, IReadOnlyList<SearchIndexLink> Links);

/// <summary>One A–Z entry: a heading or glossary name, where it is, and the link into the page.</summary>
public sealed record SearchIndexLink(string Text, string Where, string Href);
