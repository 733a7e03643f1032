using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OmsHandbook.Search;

/// <summary>
/// Text to search tokens: fold case and accents, split into words, then each language's rules
/// (<see cref="SearchNormaliser"/>): English drops stop words, folds British spellings and stems;
/// Spanish drops its stop words and stems. The index is built from these tokens and search.js turns
/// queries into the same ones; tests/search-vectors.json holds examples both must reproduce.
/// </summary>
public static partial class SearchTokenizer
{
    private static readonly SearchNormaliser English = new(SearchLanguage.English);

    /// <summary>The normaliser for an edition's language tag (site.yml's "en-GB", "es" …), by its primary subtag; English by default.</summary>
    public static SearchNormaliser For(string? language) => For(SearchLanguage.For(language));

    /// <summary>The normaliser for a language's rules.</summary>
    public static SearchNormaliser For(SearchLanguage language) => new(language);

    /// <summary>English tokens, as every index had before editions had languages.</summary>
    public static IReadOnlyList<string> Tokens(string text) => English.Tokens(text);

    /// <summary>The folded words of a text, in order: runs of letters and digits; apostrophes vanish, so "child's" is "childs".</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var folded = UnicodeFolding.Fold(text);
        var start = -1;
        var apostrophes = false;
        for (var i = 0; i <= folded.Length;)
        {
            var length = 1;
            var inWord = false;
            if (i < folded.Length)
            {
                Rune.DecodeFromUtf16(folded.AsSpan(i), out var rune, out length);
                if (rune.Value is '\'' or '\u2018' or '\u2019' or '\u02BC')
                {
                    apostrophes |= start >= 0;
                    i += length;
                    continue;
                }

                inWord = IsWordRune(rune);
            }

            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                words.Add(apostrophes ? Apostrophes().Replace(word, "") : word);
                (start, apostrophes) = (-1, false);
            }

            i += length;
        }

        return words;
    }

    /// <summary>One folded word as an English token, or null for an English stop word.</summary>
    public static string? Token(string word) => English.Token(word);

    private static bool IsWordRune(Rune rune) => rune.IsAscii ? char.IsAsciiLetterOrDigit((char)rune.Value) : Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    [GeneratedRegex("['\u2018\u2019\u02BC]")]
    private static partial Regex Apostrophes();
}
