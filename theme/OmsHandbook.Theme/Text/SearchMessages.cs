using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OmsHandbook.Theme.Text;

/// <summary>
/// What the search script says, from the page's text table, as the JSON its form carries in a data
/// attribute: one table for every word a reader sees, and nothing inline for the strict CSP to refuse.
/// </summary>
public static class SearchMessages
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The messages as one JSON object; templates keep their "{0}" holes for the script to fill.</summary>
    public static string Json(UiText text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("resultsLabel", text.SearchResultsLabel);
            w.WriteString("one", text.SearchOneResult);
            w.WriteString("many", text.SearchResults);
            w.WriteString("quoted", text.SearchQuoted);
            w.WriteString("seeAll", text.SearchSeeAll);
            w.WriteString("browseAtoZ", text.BrowseAtoZ);
            w.WriteString("unavailable", text.SearchUnavailable);
            w.WriteString("unavailableBrowse", text.SearchUnavailableBrowse);
            w.WriteString("noResults", text.SearchNoResults);
            w.WriteString("didYouMeanList", text.SearchDidYouMeanList);
            w.WriteString("didYouMean", text.SearchDidYouMean);
            w.WriteString("or", text.SearchOr);
            w.WriteString("orBrowseAtoZ", text.SearchOrBrowseAtoZ);
            w.WriteString("orBrowse", text.SearchOrBrowse);
            w.WriteString("theAtoZBelow", text.SearchTheAtoZBelow);
            w.WriteString("chooseOne", text.SearchChooseOne);
            w.WriteString("countFor", text.SearchCountFor);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
