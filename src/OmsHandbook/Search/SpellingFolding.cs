namespace OmsHandbook.Search;

/// <summary>
/// Folds British spellings onto American ones (tumour -> tumor, paediatric -> pediatric,
/// randomised -> randomized), so a reader finds a page whichever spelling either of them used.
/// Only ever applied to lower-case a–z words; the search script's normalise.js has the same rules in the
/// same order, over these tables (<see cref="SearchScriptConstants"/>).
/// </summary>
public static class SpellingFolding
{
    /// <summary>Words no general rule covers safely.</summary>
    internal static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["ageing"] = "aging", ["judgement"] = "judgment", ["programme"] = "program", ["programmes"] = "programs",
        ["grey"] = "gray", ["mould"] = "mold", ["aluminium"] = "aluminum", ["licence"] = "license",
        ["defence"] = "defense", ["offence"] = "offense", ["practise"] = "practice", ["practised"] = "practiced",
        ["practising"] = "practicing", ["enrol"] = "enroll", ["enrolment"] = "enrollment", ["fulfil"] = "fulfill",
        ["skilful"] = "skillful", ["wilful"] = "willful", ["artefact"] = "artifact", ["sceptical"] = "skeptical",
        ["pyjamas"] = "pajamas", ["plough"] = "plow",
    };

    internal static readonly string[] OurEndings =
        ["", "s", "ed", "ing", "ite", "ites", "ful", "fully", "able", "ably", "al", "ally", "ation", "ism", "ist", "ists", "er", "ers", "less"];

    /// <summary>British endings and their American forms, with the letters that must come before them.</summary>
    internal static readonly (string Ending, string Replacement, int MinStem)[] Endings =
    [
        .. Forms("ise", "ize", 3, ["", "d", "s"]), .. Forms("is", "iz", 3, ["ing", "ation", "ations", "er", "ers"]),
        .. Forms("yse", "yze", 1, ["", "d", "s", "r"]), ("ysing", "yzing", 1),
        .. Forms("tre", "ter", 1, ["", "s"]), .. Forms("bre", "ber", 1, ["", "s"]),
        .. Forms("logue", "log", 0, ["", "s"]),
    ];

    public static string Fold(string word)
    {
        if (Words.TryGetValue(word, out var known))
        {
            return known;
        }

        word = FoldAe(word);
        word = FoldOe(word);
        word = FoldOur(word);
        word = FoldEnding(word);
        return word.Replace("sulph", "sulf", StringComparison.Ordinal);
    }

    /// <summary>haem -> hem, paed -> ped, aetiology -> etiology; a final "ae" is a Latin plural (algae) and stays.</summary>
    private static string FoldAe(string word)
    {
        for (var i = word.IndexOf("ae", StringComparison.Ordinal); i >= 0 && i + 2 < word.Length; i = word.IndexOf("ae", i, StringComparison.Ordinal))
        {
            word = word.Remove(i, 1);
        }

        return word;
    }

    /// <summary>
    /// oedema, oesophagus, foetus, diarrhoea, coeliac -> e; but never in shoe, does, goes, poem,
    /// whoever or poet, where the "oe" is not a British spelling.
    /// </summary>
    private static string FoldOe(string word)
    {
        if (word.StartsWith("poet", StringComparison.Ordinal))
        {
            return word;
        }

        for (var i = word.IndexOf("oe", StringComparison.Ordinal); i >= 0 && i + 2 < word.Length; i = word.IndexOf("oe", i + 1, StringComparison.Ordinal))
        {
            var next = word[i + 2];
            var fold = i == 0 ? !IsVowel(next) : !IsVowel(word[i - 1]) && next is 'a' or 'b' or 'l' or 'o' or 't' or 'u';
            if (fold)
            {
                word = word.Remove(i, 1);
            }
        }

        return word;
    }

    /// <summary>colour, behaviour(al), favourite -> or; never four, hour, your, tour, flour, journal or course.</summary>
    private static string FoldOur(string word)
    {
        foreach (var ending in OurEndings)
        {
            var suffix = "our" + ending;
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (stem.Length >= 2 && stem.Any(IsVowel))
                {
                    return stem + "or" + ending;
                }
            }
        }

        return word;
    }

    /// <summary>organised -> organized, analyse -> analyse, centre -> center, catalogue -> catalog.</summary>
    private static string FoldEnding(string word)
    {
        foreach (var (ending, replacement, minStem) in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= minStem)
            {
                return word[..^ending.Length] + replacement;
            }
        }

        return word;
    }

    private static IEnumerable<(string, string, int)> Forms(string ending, string replacement, int minStem, string[] suffixes) =>
        suffixes.Select(s => (ending + s, replacement + s, minStem));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
