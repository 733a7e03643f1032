namespace OmsHandbook.Theme.Text;

/// <summary>
/// What the search script says, from the edition's text table, by the names the script asks for. The
/// build writes them into the edition's search script, so one table holds every word a reader sees
/// and no page carries them twice.
/// </summary>
public static class SearchMessages
{
    /// <summary>The messages; templates keep their "{0}" holes for the script to fill.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(UiText text) =>
    [
        new("resultsLabel", text.SearchResultsLabel),
        new("one", text.SearchOneResult),
        new("many", text.SearchResults),
        new("quoted", text.SearchQuoted),
        new("seeAll", text.SearchSeeAll),
        new("browseAtoZ", text.BrowseAtoZ),
        new("unavailable", text.SearchUnavailable),
        new("unavailableBrowse", text.SearchUnavailableBrowse),
        new("noResults", text.SearchNoResults),
        new("didYouMeanList", text.SearchDidYouMeanList),
        new("didYouMean", text.SearchDidYouMean),
        new("or", text.SearchOr),
        new("orBrowseAtoZ", text.SearchOrBrowseAtoZ),
        new("orBrowse", text.SearchOrBrowse),
        new("theAtoZBelow", text.SearchTheAtoZBelow),
        new("chooseOne", text.SearchChooseOne),
        new("countFor", text.SearchCountFor),
    ];
}
