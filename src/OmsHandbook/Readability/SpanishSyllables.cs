namespace OmsHandbook.Readability;

/// <summary>
/// Counts the syllables of a Spanish word by its vowel nuclei. Spanish spelling shows its syllables,
/// so the count follows the Real Academia Española's rules for what is one syllable and what is two
/// (Ortografía de la lengua española, 2010, and the Diccionario panhispánico de dudas, entries
/// "diptongo", "triptongo" and "hiato"):
/// <list type="bullet">
/// <item>a, e, o are open (strong) vowels, i, u (and ü) closed (weak) ones;</item>
/// <item>an unstressed weak vowel next to any other vowel is in its syllable (a diphthong: "cau-sa",
/// "pie-dra", "ciu-dad"), and a weak vowel on each side of a strong one makes one syllable (a
/// triphthong: "buey", "a-ve-ri-guáis");</item>
/// <item>two strong vowels, two equal vowels, or a stressed weak vowel (written í, ú) beside a strong
/// one are two syllables (a hiatus: "le-er", "chi-í-ta", "dí-a", "pa-ís"); two different weak vowels
/// are one syllable even with an accent ("cuí-da-te");</item>
/// <item>an h between vowels changes none of this ("ahu-mar", "pro-hí-be", "re-ha-bi-li-ta-ción");</item>
/// <item>the u of "que", "qui", "gue", "gui" is silent ("gue-rra"); the ü of "güe", "güi" is not ("pin-güi-no");</item>
/// <item>y is a vowel where no vowel follows it ("hoy", "muy", the word "y"), a consonant before one ("re-yes").</item>
/// </list>
/// These are the orthographic syllables, which is what readability formulas count; a speaker may say
/// some of them in two ("ri-e-ron"). A word with no vowel (a number, "RM") counts as one syllable.
/// </summary>
public static class SpanishSyllables
{
    public static int Count(string word) => Count(word.AsSpan());

    public static int Count(ReadOnlySpan<char> word)
    {
        var nuclei = 0;
        var previous = Vowel.None;
        var hasStrong = false;
        for (var i = 0; i < word.Length; i++)
        {
            var vowel = VowelAt(word, i);
            if (vowel.Kind == VowelKind.None)
            {
                // An h between two vowels neither joins nor parts them; any other letter ends the nucleus.
                if (!(char.ToLowerInvariant(word[i]) == 'h' && previous.Kind != VowelKind.None))
                {
                    previous = Vowel.None;
                }

                continue;
            }

            if (previous.Kind == VowelKind.None || Parts(previous, vowel) || (vowel.Kind == VowelKind.Strong && hasStrong))
            {
                nuclei++;
                hasStrong = false;
            }

            hasStrong |= vowel.Kind == VowelKind.Strong;
            previous = vowel;
        }

        return Math.Max(1, nuclei);
    }

    /// <summary>Whether two vowels side by side are in different syllables (a hiatus).</summary>
    private static bool Parts(Vowel first, Vowel second) =>
        first.Letter == second.Letter
        || (first.Kind == VowelKind.Strong && second.Kind is VowelKind.Strong or VowelKind.StressedWeak)
        || (first.Kind == VowelKind.StressedWeak && second.Kind == VowelKind.Strong);

    private static Vowel VowelAt(ReadOnlySpan<char> word, int i)
    {
        var c = char.ToLowerInvariant(word[i]);
        switch (c)
        {
            case 'a' or 'á' or 'à' or 'â' or 'ä':
                return new('a', VowelKind.Strong);
            case 'e' or 'é' or 'è' or 'ê' or 'ë':
                return new('e', VowelKind.Strong);
            case 'o' or 'ó' or 'ò' or 'ô' or 'ö':
                return new('o', VowelKind.Strong);
            case 'í' or 'ì':
                return new('i', VowelKind.StressedWeak);
            case 'ú' or 'ù':
                return new('u', VowelKind.StressedWeak);
            case 'i' or 'ï' or 'î':
                return new('i', VowelKind.Weak);
            case 'ü' or 'û':
                return new('u', VowelKind.Weak);
            case 'u':
                return i > 0 && char.ToLowerInvariant(word[i - 1]) is 'q' or 'g' && IsFrontVowel(At(word, i + 1))
                    ? Vowel.None
                    : new('u', VowelKind.Weak);
            case 'y':
                return IsVowelLetter(At(word, i + 1)) ? Vowel.None : new('y', VowelKind.Weak);
            default:
                return Vowel.None;
        }
    }

    /// <summary>The letters that silence the u of "que", "gui" and the like.</summary>
    private static bool IsFrontVowel(char c) => c is 'e' or 'i' or 'é' or 'í';

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    /// <summary>The lower-case letter at a place, or none past the end.</summary>
    private static char At(ReadOnlySpan<char> word, int i) => i < word.Length ? char.ToLowerInvariant(word[i]) : '\0';

    private enum VowelKind
    {
        None,
        Strong,
        Weak,
        StressedWeak,
    }

    /// <summary>A vowel as the syllable rules see it: its letter without the accent, and its kind.</summary>
    private readonly record struct Vowel(char Letter, VowelKind Kind)
    {
        public static Vowel None => default;
    }
}
