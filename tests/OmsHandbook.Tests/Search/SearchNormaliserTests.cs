using System.Text.Json;
using OmsHandbook.Search;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Search;

/// <summary>
/// The normaliser against tests/search-vectors.json, the examples search.js is checked against in the
/// browser too: if the two sides drift, a query stops meeting the index.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class SearchNormaliserTests
{
    private static readonly JsonElement Vectors = JsonDocument.Parse(File.ReadAllText(RepoPaths.SearchVectors)).RootElement;

    public static TheoryData<string, string> Examples(string group)
    {
        var data = new TheoryData<string, string>();
        foreach (var example in Vectors.GetProperty(group).EnumerateArray())
        {
            data.Add(example.GetProperty("input").GetString()!, example.GetProperty("output").GetString()!);
        }

        return data;
    }

    public static TheoryData<string, string[]> TokenExamples(string group)
    {
        var data = new TheoryData<string, string[]>();
        foreach (var example in Vectors.GetProperty(group).EnumerateArray())
        {
            data.Add(example.GetProperty("input").GetString()!, example.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples), "fold")]
    public void Case_and_accents_fold(string input, string output) => Assert.Equal(output, UnicodeFolding.Fold(input));

    [Theory]
    [MemberData(nameof(Examples), "spelling")]
    public void British_spellings_fold_onto_American_ones_and_look_alikes_stay(string input, string output) =>
        Assert.Equal(output, SpellingFolding.Fold(input));

    [Theory]
    [MemberData(nameof(Examples), "stem")]
    public void Words_stem_as_in_Porters_reference_implementation(string input, string output) =>
        Assert.Equal(output, PorterStemmer.Stem(input));

    [Theory]
    [MemberData(nameof(TokenExamples), "tokens")]
    public void Text_becomes_the_expected_tokens(string input, string[] tokens) =>
        Assert.Equal(tokens, SearchTokenizer.Tokens(input));

    [Theory]
    [MemberData(nameof(TokenExamples), "spanishTokens")]
    public void Spanish_text_becomes_the_expected_tokens(string input, string[] tokens) =>
        Assert.Equal(tokens, SearchTokenizer.For("es").Tokens(input));

    [Theory]
    [MemberData(nameof(TokenExamples), "tokens")]
    public void English_tokens_are_the_same_by_the_static_entry_points_and_by_an_English_tag(string input, string[] tokens) =>
        Assert.Equal(tokens, SearchTokenizer.For("en-GB").Tokens(input));

    [Fact]
    public void The_vectors_cover_every_rule_family()
    {
        Assert.True(Vectors.GetProperty("stem").GetArrayLength() >= 70);
        Assert.Contains(Vectors.GetProperty("spelling").EnumerateArray(), e => e.GetProperty("input").GetString() == "tumour");
        Assert.Contains(Vectors.GetProperty("spelling").EnumerateArray(), e => e.GetProperty("input").GetString() == "shoe");
        Assert.True(Vectors.GetProperty("spanishStem").GetArrayLength() >= 40);
        Assert.Contains(Vectors.GetProperty("spanishTokens").EnumerateArray(), e => e.GetProperty("input").GetString() == "punción lumbar");
        Assert.Contains(Vectors.GetProperty("spanishTokens").EnumerateArray(), e => e.GetProperty("input").GetString() == "puncion lumbar");
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("en", "en")]
    [InlineData("es", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("es-419", "es")]
    [InlineData("ES", "es")]
    [InlineData("fr", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void An_editions_language_tag_picks_the_rules_by_its_primary_subtag_and_English_by_default(string? tag, string rules) =>
        Assert.Equal(rules, SearchTokenizer.For(tag).Language.Name);

    [Theory]
    [InlineData("punción lumbar", "puncion lumbar")]
    [InlineData("Recaídas", "recaidas")]
    [InlineData("NIÑOS PEQUEÑOS", "ninos pequenos")]
    [InlineData("mioclonías", "mioclonias")]
    [InlineData("convulsión", "convulsiones")]
    [InlineData("corticoide", "corticoides")]
    [InlineData("tratamiento", "tratamientos")]
    public void Spanish_words_with_and_without_accents_and_in_the_plural_give_the_same_tokens(string one, string other) =>
        Assert.Equal(SearchTokenizer.For("es").Tokens(other), SearchTokenizer.For("es").Tokens(one));

    [Fact]
    public void Spanish_has_no_English_spelling_folding_and_English_keeps_it()
    {
        // "colour" folds to "color" in English; Spanish leaves English spellings alone.
        Assert.Equal(["color"], SearchTokenizer.For("en-GB").Tokens("colour"));
        Assert.Equal(["colour"], SearchTokenizer.For("es").Tokens("colour"));
    }

    [Theory]
    [InlineData("tumour", "tumor")]
    [InlineData("Paediatric", "pediatric")]
    [InlineData("haematology", "hematology")]
    [InlineData("BEHAVIOURS", "behaviors")]
    [InlineData("oesophagus", "esophagus")]
    [InlineData("café", "cafe")]
    public void UK_and_US_spellings_and_accented_words_give_the_same_tokens(string one, string other) =>
        Assert.Equal(SearchTokenizer.Tokens(other), SearchTokenizer.Tokens(one));
}
