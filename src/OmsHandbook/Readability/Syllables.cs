namespace OmsHandbook.Readability;

/// <summary>
/// Counts the syllables of an English word by its vowel groups, with the usual corrections for
/// silent endings. Like every SMOG calculator it is a heuristic: it only has to tell words of three
/// or more syllables from shorter ones. Written out by hand rather than as regular expressions
/// because every word of every page passes through it; a test holds it to the patterns in comments.
/// </summary>
public static class Syllables
{
    public static int Count(string word) => Count(word.AsSpan());

    public static int Count(ReadOnlySpan<char> word)
    {
        if (word.Length <= 3)
        {
            return 1;
        }

        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        var w = buffer[..WithoutSilentEnding(buffer)];
        return Math.Max(1, VowelGroups(w) + ExtraVowelSplits(w));
    }

    /// <summary>
    /// "-es" and "-ed" are silent except after the sounds that need them ("wishes", "wanted"); a
    /// final "e" is silent except in "-le" after a consonant ("table"). As a pattern, removed at the
    /// end: (?:(?&lt;![sxzhcgdt])es|(?&lt;![td])ed|(?&lt;![^aeiouy]l)e)$
    /// </summary>
    private static int WithoutSilentEnding(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (w.EndsWith("es"))
        {
            return w[n - 3] is 's' or 'x' or 'z' or 'h' or 'c' or 'g' or 'd' or 't' ? n : n - 2;
        }

        if (w.EndsWith("ed"))
        {
            return w[n - 3] is 't' or 'd' ? n : n - 2;
        }

        if (w[n - 1] == 'e')
        {
            return w[n - 2] == 'l' && !IsVowel(w[n - 3]) ? n : n - 1;
        }

        return n;
    }

    /// <summary>Runs of vowels: [aeiouy]+</summary>
    private static int VowelGroups(ReadOnlySpan<char> w)
    {
        var groups = 0;
        for (var i = 0; i < w.Length; i++)
        {
            if (IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1])))
            {
                groups++;
            }
        }

        return groups;
    }

    /// <summary>
    /// Vowel pairs that are two syllables in most English words ("ataxia", "radio", "video"), counted
    /// left to right without overlap: [^cgst]ia|[^cgst]io(?!u)|eo|ua(?!l)|uo|iu
    /// </summary>
    private static int ExtraVowelSplits(ReadOnlySpan<char> w)
    {
        var splits = 0;
        var i = 0;
        while (i + 1 < w.Length)
        {
            var length = SplitAt(w, i);
            splits += length > 0 ? 1 : 0;
            i += Math.Max(1, length);
        }

        return splits;
    }

    private static int SplitAt(ReadOnlySpan<char> w, int i)
    {
        var (a, b, c, d) = (w[i], At(w, i + 1), At(w, i + 2), At(w, i + 3));
        if (a is not ('c' or 'g' or 's' or 't') && b == 'i' && (c == 'a' || (c == 'o' && d != 'u')))
        {
            return 3;
        }

        return (a, b) switch
        {
            ('e', 'o') or ('u', 'o') or ('i', 'u') => 2,
            ('u', 'a') when c != 'l' => 2,
            _ => 0,
        };
    }

    /// <summary>The letter at a place, or none past the end (so a pattern's next letter never matches).</summary>
    private static char At(ReadOnlySpan<char> w, int i) => i < w.Length ? w[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
