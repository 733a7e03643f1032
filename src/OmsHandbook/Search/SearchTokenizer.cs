using System.Globalization;
using System.Text;

namespace OmsHandbook.Search;

/// <summary>
/// Text to search tokens: fold case and accents, split into words, drop stop words, fold British
/// spellings and stem. The index is built from these tokens and search.js turns queries into the
/// same ones; tests/search-vectors.json holds examples both must reproduce.
/// </summary>
public static class SearchTokenizer
{
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var word in Words(text))
        {
            if (Token(word) is { } token)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>The folded words of a text, in order: runs of letters and digits; apostrophes vanish, so "child's" is "childs".</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in UnicodeFolding.Fold(text).EnumerateRunes())
        {
            if (rune.Value is '\'' or '\u2018' or '\u2019' or '\u02BC')
            {
                continue;
            }

            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>One folded word as a token, or null for a stop word.</summary>
    public static string? Token(string word) =>
        StopWords.All.Contains(word) ? null : IsAsciiLetters(word) ? PorterStemmer.Stem(SpellingFolding.Fold(word)) : word;

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsAsciiLetters(string word) => word.All(char.IsAsciiLetterLower);
}
