using OmsHandbook.Core;

namespace OmsHandbook.Search;

/// <summary>The word rules of one edition's search index: the words it leaves out, and how it stems the rest.</summary>
/// <param name="Name">The language as the index names it to the search script, which picks the same rules by it.</param>
/// <param name="StopWords">Folded words too common to find anything by.</param>
/// <param name="Stem">One folded a–z word, not a stop word, to its token.</param>
public sealed record SearchLanguage(string Name, IReadOnlySet<string> StopWords, Func<string, string> Stem)
{
    /// <summary>English: British spellings folded onto American ones, then the Porter stemmer.</summary>
    public static SearchLanguage English { get; } = new("en", OmsHandbook.Search.StopWords.All, word => PorterStemmer.Stem(SpellingFolding.Fold(word)));

    /// <summary>Spanish: the Snowball Spanish stemmer on the folded word; no spelling folding.</summary>
    public static SearchLanguage Spanish { get; } = new("es", SpanishStopWords.All, SpanishStemmer.Stem);

    /// <summary>
    /// The rules for a language tag as site.yml gives it ("en-GB", "es", "es-MX"), chosen by its primary
    /// subtag; English for any language without rules of its own. normalise.js chooses the same way.
    /// </summary>
    public static SearchLanguage For(string? tag) =>
        ProseLanguages.Of(tag) == ProseLanguage.Spanish ? Spanish : English;
}
