using System.Text;
using OmsHandbook.Search;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Search;

/// <summary>An index is made with its edition's rules, and names them to the script unless they are English.</summary>
[Trait("Tier", "Unit")]
public sealed class SearchIndexLanguageTests
{
    private static SearchCorpus Corpus(SearchLanguage language, string heading, string text) =>
        new([new CorpusPage("Page", "/page/", [new SearchEntry(heading, "section", text, [new(heading, SearchWeights.Heading), new(text, SearchWeights.Text)], [])])], [])
        {
            Language = language,
        };

    [Fact]
    public void A_Spanish_index_is_made_with_the_Spanish_rules_and_says_so()
    {
        var files = SearchIndexWriter.Write(Corpus(SearchLanguage.Spanish, "Punción lumbar", "Los tratamientos de las recaídas en los niños."), SearchIndexOptions.Default);
        var index = SearchIndexReader.FromFiles(files);

        Assert.Equal("es", index.Language);
        Assert.StartsWith("{\"version\":3,\"language\":\"es\",", Encoding.UTF8.GetString(files.Files[0].Content), StringComparison.Ordinal);
        Assert.Equal(["lumb", "nin", "puncion", "rec", "tratamient"], index.Terms);
    }

    [Fact]
    public void An_English_index_names_no_language_so_it_stays_as_it_was()
    {
        var files = SearchIndexWriter.Write(Corpus(SearchLanguage.English, "Lumbar puncture", "The treatments of relapses in children."), SearchIndexOptions.Default);
        var index = SearchIndexReader.FromFiles(files);

        Assert.Null(index.Language);
        Assert.DoesNotContain("\"language\"", Encoding.UTF8.GetString(files.Files[0].Content), StringComparison.Ordinal);
        Assert.Equal(["children", "lumbar", "punctur", "relaps", "treatment"], index.Terms);
    }

    [Fact]
    public void A_sharded_Spanish_index_names_its_language_in_the_manifest()
    {
        var files = SearchIndexWriter.Write(Corpus(SearchLanguage.Spanish, "Punción lumbar", "Los tratamientos."), new SearchIndexOptions(ShardThresholdBytes: 0));

        Assert.True(files.Sharded);
        Assert.Equal("es", SearchIndexReader.FromFiles(files).Language);
    }

    [Fact]
    public void A_corpus_is_English_unless_it_says_otherwise()
    {
        Assert.Same(SearchLanguage.English, new SearchCorpus([], []).Language);
    }
}
