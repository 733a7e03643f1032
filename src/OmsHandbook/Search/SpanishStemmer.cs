namespace OmsHandbook.Search;

/// <summary>
/// A step-1 ending of the Spanish stemmer and what becomes of it: replaced (often by nothing) when it
/// lies in the region named, then each chain of endings before it removed in turn while they lie in R2.
/// </summary>
/// <param name="Region">1 for R1, 2 for R2: where the ending must start for the rule to apply.</param>
/// <param name="Then">Endings that may come before, each with the endings that may come before it ("iv" then "at").</param>
public sealed record SpanishSuffixRule(IReadOnlyList<string> Suffixes, int Region, string Replacement, IReadOnlyList<IReadOnlyList<string>> Then);

/// <summary>
/// The Snowball Spanish stemmer (snowballstem.org/algorithms/spanish/stemmer.html), run on a word already
/// folded to a–z: "tratamientos" and "tratamiento" both become "tratamient". The search script's
/// normalise.js is its twin with these tables (<see cref="SearchScriptConstants"/>); the shared test
/// vectors keep them in step.
/// </summary>
/// <remarks>
/// Words reach the stemmer folded, so "punción" and "puncion", as families often type it, are one word.
/// An ending the algorithm spells with an accent (ía, ió, ará, ándo, ó …) can never match a folded word
/// and is left out of these tables, as is the final step that removes accents: a word stems exactly as
/// Snowball stems it written without accents, which the algorithm allows for since Snowball 3.0 ("acion",
/// "ucion"). The one addition is "logia"/"logias", the folded "logía", so that "inmunología" meets
/// "inmunólogo" as it does in Snowball. Folding every accented ending instead would split singular from
/// plural ("ió" as "io" cuts "episodio" to "episod" but "episodios" to "episodi"), and "ía" as "ia" would
/// split "necesario" from "necesaria". The cost: forms whose ending only an accent marks keep more of
/// it ("tenía" -> "teni", not "ten"; "biología" -> "biologi", not "biolog").
/// </remarks>
public static class SpanishStemmer
{
    /// <summary>The vowels of the folded alphabet; the algorithm's accented vowels are folded onto these.</summary>
    internal const string Vowels = "aeiou";

    /// <summary>Step 0: pronouns joined to the end of a verb ("haciendola", "dandoselos").</summary>
    internal static readonly string[] Pronouns = ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"];

    /// <summary>Step 0: the verb endings a pronoun is taken from, lying in RV; "yendo" only after a "u", which may lie outside it.</summary>
    internal static readonly string[] PronounHosts = ["ando", "iendo", "yendo", "ar", "er", "ir"];

    /// <summary>Step 1: standard suffixes. The longest ending of the word among all of them is the one tried.</summary>
    internal static readonly SpanishSuffixRule[] Step1 =
    [
        new(["anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista", "istas",
            "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos"], 2, "", []),
        new(["adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"], 2, "", [["ic"]]),
        new(["logia", "logias"], 2, "log", []),
        new(["ucion", "uciones"], 2, "u", []),
        new(["encia", "encias"], 2, "ente", []),
        new(["amente"], 1, "", [["iv", "at"], ["os"], ["ic"], ["ad"]]),
        new(["mente"], 2, "", [["ante"], ["able"], ["ible"]]),
        new(["idad", "idades"], 2, "", [["abil"], ["ic"], ["iv"]]),
        new(["iva", "ivo", "ivas", "ivos"], 2, "", [["at"]]),
    ];

    /// <summary>Step 2a: verb endings beginning with y, in RV, removed only after a "u" (which may lie outside it).</summary>
    internal static readonly string[] Step2a = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas", "yes", "yais", "yamos"];

    /// <summary>Step 2b: endings in RV removed with the "u" of a "gu" before them ("siguen" -> "sig").</summary>
    internal static readonly string[] Step2bAfterGu = ["en", "es", "emos"];

    /// <summary>Step 2b: the other verb endings in RV, removed.</summary>
    internal static readonly string[] Step2b =
    [
        "aremos", "eremos", "iremos", "aba", "ada", "ida", "ara", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste",
        "an", "aban", "aran", "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "ar", "er", "ir", "as",
        "abas", "adas", "idas", "aras", "ieras", "ases", "ieses", "abais", "arais", "ierais", "aseis", "ieseis", "asteis",
        "isteis", "ados", "idos", "amos", "imos",
    ];

    /// <summary>Step 3: residual endings removed when in RV; after "e", also the "u" of a "gu" when that u is in RV.</summary>
    internal static readonly string[] Step3 = ["os", "a", "o", "e"];

    /// <summary>Stems one lower-case a–z word.</summary>
    public static string Stem(string word)
    {
        var regions = Regions.Of(word);
        var stem = AttachedPronoun(word, regions);
        stem = StandardSuffix(stem, regions) ?? YVerbSuffix(stem, regions) ?? VerbSuffix(stem, regions) ?? stem;
        return ResidualSuffix(stem, regions);
    }

    private static string AttachedPronoun(string word, Regions regions)
    {
        if (Longest(word, Pronouns, 0) is not { } pronoun)
        {
            return word;
        }

        var before = word[..^pronoun.Length];
        if (Longest(before, PronounHosts, 0) is not { } host || before.Length - host.Length < regions.RV)
        {
            return word;
        }

        return host == "yendo" && !EndsWith(before, "uyendo") ? word : before;
    }

    /// <summary>The word with a standard suffix dealt with, or null when step 1 removed nothing.</summary>
    private static string? StandardSuffix(string word, Regions regions)
    {
        // The longest ending decides, even where its region rules it out: "amente" outside R1 is not tried as "mente".
        var (suffix, rule) = ("", (SpanishSuffixRule?)null);
        foreach (var candidate in Step1)
        {
            if (Longest(word, candidate.Suffixes, 0) is { } found && found.Length > suffix.Length)
            {
                (suffix, rule) = (found, candidate);
            }
        }

        if (rule is null || word.Length - suffix.Length < (rule.Region == 1 ? regions.R1 : regions.R2))
        {
            return null;
        }

        var stem = word[..^suffix.Length];
        foreach (var chain in rule.Then.OrderByDescending(c => c[0].Length))
        {
            if (!stem.EndsWith(chain[0], StringComparison.Ordinal))
            {
                continue;
            }

            // A chain stops at its first ending that is missing or starts before R2 ("iv" then "at").
            foreach (var before in chain)
            {
                if (!stem.EndsWith(before, StringComparison.Ordinal) || stem.Length - before.Length < regions.R2)
                {
                    break;
                }

                stem = stem[..^before.Length];
            }

            break;
        }

        return stem + rule.Replacement;
    }

    /// <summary>The word without a y-verb ending after "u", or null when there is none.</summary>
    private static string? YVerbSuffix(string word, Regions regions) =>
        Longest(word, Step2a, regions.RV) is { } suffix && EndsWith(word[..^suffix.Length], "u") ? word[..^suffix.Length] : null;

    /// <summary>The word without its verb ending, or null when there is none in RV.</summary>
    private static string? VerbSuffix(string word, Regions regions)
    {
        var afterGu = Longest(word, Step2bAfterGu, regions.RV);
        var other = Longest(word, Step2b, regions.RV);
        if (afterGu is null && other is null)
        {
            return null;
        }

        if (other is null || (afterGu is not null && afterGu.Length > other.Length))
        {
            var stem = word[..^afterGu!.Length];
            return EndsWith(stem, "gu") ? stem[..^1] : stem;
        }

        return word[..^other.Length];
    }

    private static string ResidualSuffix(string word, Regions regions)
    {
        if (Longest(word, Step3, 0) is not { } suffix || word.Length - suffix.Length < regions.RV)
        {
            return word;
        }

        var stem = word[..^suffix.Length];
        return suffix == "e" && EndsWith(stem, "gu") && stem.Length - 1 >= regions.RV ? stem[..^1] : stem;
    }

    /// <summary>The longest of the endings the word has that starts at or after <paramref name="from"/>, or null.</summary>
    private static string? Longest(string word, IEnumerable<string> endings, int from) => endings
        .Where(e => word.Length - e.Length >= from && word.EndsWith(e, StringComparison.Ordinal))
        .MaxBy(e => e.Length);

    private static bool EndsWith(string word, string ending) => word.EndsWith(ending, StringComparison.Ordinal);

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    /// <summary>Where the word's regions start: RV as the Spanish algorithm defines it, R1 and R2 as usual (the word's length when empty).</summary>
    private readonly record struct Regions(int RV, int R1, int R2)
    {
        public static Regions Of(string word)
        {
            var r1 = AfterVowelThenConsonant(word, 0);
            return new(RegionV(word), r1, AfterVowelThenConsonant(word, r1));
        }

        /// <summary>
        /// After the next vowel when the second letter is a consonant; after the next consonant when the
        /// first two are vowels; otherwise (consonant then vowel) after the third letter.
        /// </summary>
        private static int RegionV(string word)
        {
            if (word.Length < 2)
            {
                return word.Length;
            }

            if (!IsVowel(word[1]))
            {
                return After(word, 2, IsVowel);
            }

            return IsVowel(word[0]) ? After(word, 2, c => !IsVowel(c)) : Math.Min(3, word.Length);
        }

        /// <summary>The position after the first consonant that follows a vowel, from <paramref name="start"/>.</summary>
        private static int AfterVowelThenConsonant(string word, int start)
        {
            var vowel = After(word, start, IsVowel);
            return vowel >= word.Length ? word.Length : After(word, vowel, c => !IsVowel(c));
        }

        /// <summary>The position after the first letter from <paramref name="start"/> that passes, or the word's length.</summary>
        private static int After(string word, int start, Func<char, bool> passes)
        {
            for (var i = start; i < word.Length; i++)
            {
                if (passes(word[i]))
                {
                    return i + 1;
                }
            }

            return word.Length;
        }
    }
}
