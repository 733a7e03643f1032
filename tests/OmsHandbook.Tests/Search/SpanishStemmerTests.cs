using System.Text.Json;
using OmsHandbook.Search;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Search;

/// <summary>
/// The Spanish stemmer against Snowball's published sample vocabulary (the vectors' spanishStem group,
/// which the browser tests hold the script to as well), and its tables against what a folded word can be.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class SpanishStemmerTests
{
    private static readonly JsonElement Vectors = JsonDocument.Parse(File.ReadAllText(RepoPaths.SearchVectors)).RootElement;

    public static TheoryData<string, string> SnowballPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in Vectors.GetProperty("spanishStem").EnumerateArray())
        {
            data.Add(example.GetProperty("input").GetString()!, example.GetProperty("output").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SnowballPairs))]
    public void Words_stem_as_in_Snowballs_Spanish_sample_vocabulary(string word, string stem) =>
        Assert.Equal(stem, SpanishStemmer.Stem(word));

    [Fact]
    public void The_tables_hold_only_endings_a_folded_word_can_have()
    {
        // An ending with an accent would never match a folded word: a rule lost without a sound.
        IEnumerable<string> endings =
        [
            .. SpanishStemmer.Pronouns, .. SpanishStemmer.PronounHosts, .. SpanishStemmer.Step1.SelectMany(r => r.Suffixes),
            .. SpanishStemmer.Step1.SelectMany(r => r.Replacement.Length > 0 ? [r.Replacement] : Array.Empty<string>()),
            .. SpanishStemmer.Step1.SelectMany(r => r.Then.SelectMany(c => c)), .. SpanishStemmer.Step2a,
            .. SpanishStemmer.Step2bAfterGu, .. SpanishStemmer.Step2b, .. SpanishStemmer.Step3,
        ];

        Assert.All(endings, e => Assert.Matches("^[a-z]+$", e));
        Assert.All(SpanishStemmer.Step1, r => Assert.InRange(r.Region, 1, 2));
    }

    [Fact]
    public void No_ending_is_listed_twice_so_the_longest_match_is_never_a_tie()
    {
        var step1 = SpanishStemmer.Step1.SelectMany(r => r.Suffixes).ToList();
        var step2b = SpanishStemmer.Step2bAfterGu.Concat(SpanishStemmer.Step2b).ToList();

        Assert.Equal(step1.Count, step1.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(step2b.Count, step2b.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Stop_words_are_folded_function_words_and_the_content_words_families_search_for_are_not_among_them()
    {
        Assert.All(SpanishStopWords.All, w => Assert.Equal(UnicodeFolding.Fold(w), w));
        Assert.All(SpanishStopWords.All, w => Assert.Matches("^[a-z]+$", w));
        Assert.Contains("que", SpanishStopWords.All);
        Assert.Contains("mas", SpanishStopWords.All);
        Assert.All(["vida", "dia", "tiempo", "anos", "dos", "tres", "nino", "sintoma", "tratamiento", "gobierno", "pais", "parte"],
            w => Assert.DoesNotContain(w, SpanishStopWords.All));
    }

    [Theory]
    [InlineData("tratandolos", "trat")] // Step 0: "los" after "ando" in RV.
    [InlineData("construyendolo", "constru")] // Step 0: "lo" after "yendo" after u, then step 2a: "yendo" after u.
    [InlineData("sigue", "sig")] // Step 3: the u of "gu" before a final e.
    [InlineData("recaida", "rec")] // Step 2b "ida", then step 3 "a".
    public void Rules_the_sample_pairs_may_not_show_apply_as_the_algorithm_describes(string word, string stem) =>
        Assert.Equal(stem, SpanishStemmer.Stem(word));
}
