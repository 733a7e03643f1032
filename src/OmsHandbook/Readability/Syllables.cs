using System.Text.RegularExpressions;

namespace OmsHandbook.Readability;

/// <summary>
/// Counts the syllables of an English word by its vowel groups, with the usual corrections for
/// silent endings. Like every SMOG calculator it is a heuristic: it only has to tell words of three
/// or more syllables from shorter ones.
/// </summary>
public static partial class Syllables
{
    public static int Count(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, "");
        var count = VowelGroup().Count(w);
        count += ExtraVowelSplit().Count(w);
        return Math.Max(1, count);
    }

    public static bool IsPolysyllabic(string word) => Count(word) >= 3;

    // "-es" and "-ed" are silent except after the sounds that need them ("wishes", "wanted");
    // a final "e" is silent except in "-le" after a consonant ("table").
    [GeneratedRegex("(?:(?<![sxzhcgdt])es|(?<![td])ed|(?<![^aeiouy]l)e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    // Vowel pairs that are two syllables in most English words ("ataxia", "radio", "video").
    [GeneratedRegex("(?:[^cgst]ia|[^cgst]io(?!u)|eo|ua(?!l)|uo|iu)")]
    private static partial Regex ExtraVowelSplit();
}
