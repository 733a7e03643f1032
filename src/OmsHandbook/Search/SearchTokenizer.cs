using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OmsHandbook.Search;

/// <summary>
/// Text to search tokens: fold case and accents, split into words, drop stop words, fold British
/// spellings and stem. The index is built from these tokens and search.js turns queries into the
/// same ones; tests/search-vectors.json holds examples both must reproduce.
/// </summary>
public static partial class SearchTokenizer
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

    /// <summary>One folded word as a token, or null for a stop word.</summary>
    public static string? Token(string word) =>
        StopWords.All.Contains(word) ? null : IsAsciiLetters(word) ? PorterStemmer.Stem(SpellingFolding.Fold(word)) : word;

    private static bool IsWordRune(Rune rune) => rune.IsAscii ? char.IsAsciiLetterOrDigit((char)rune.Value) : Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    [GeneratedRegex("['\u2018\u2019\u02BC]")]
    private static partial Regex Apostrophes();

    private static bool IsAsciiLetters(string word) => word.All(char.IsAsciiLetterLower);
}
