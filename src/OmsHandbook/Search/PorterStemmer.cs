namespace OmsHandbook.Search;

/// <summary>
/// The Porter (1980) stemmer, as in Martin Porter's reference implementation (with its two
/// departures: "bli" -> "ble" and "logi" -> "log"): "treatments" and "treated" both become "treat".
/// The search script's normalise.js is a line-for-line twin with these tables (<see cref="SearchScriptConstants"/>);
/// the shared test vectors keep them in step.
/// </summary>
public static class PorterStemmer
{
    internal static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    internal static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    internal static readonly string[] Step4 =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    /// <summary>Stems one lower-case a–z word; words of one or two letters are left alone.</summary>
    public static string Stem(string word) => word.Length <= 2 ? word : new Word(word).Stem();

    /// <summary>The word being stemmed: its letters, the end of the stem (k) and the end of the part before a suffix (j).</summary>
    private sealed class Word(string text)
    {
        private readonly char[] b = text.ToCharArray();
        private int k = text.Length - 1;
        private int j;

        public string Stem()
        {
            Step1ab();
            if (k > 0)
            {
                Step1c();
                ReplaceFirst(Step2);
                ReplaceFirst(Step3);
                Step4Remove();
                Step5();
            }

            return new string(b, 0, k + 1);
        }

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>The number of vowel-consonant sequences in b[0..j].</summary>
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (i <= j && IsConsonant(i))
            {
                i++;
            }

            while (i <= j)
            {
                while (i <= j && !IsConsonant(i))
                {
                    i++;
                }

                if (i > j)
                {
                    break;
                }

                n++;
                while (i <= j && IsConsonant(i))
                {
                    i++;
                }
            }

            return n;
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        /// <summary>consonant-vowel-consonant ending at i, the last not w, x or y: hop, not hoop or snow.</summary>
        private bool Cvc(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && b[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var start = k - s.Length + 1;
            if (start < 0 || !b.AsSpan(start, s.Length).SequenceEqual(s))
            {
                return false;
            }

            j = k - s.Length;
            return true;
        }

        private void SetTo(string s)
        {
            s.CopyTo(0, b, j + 1, s.Length);
            k = j + s.Length;
        }

        private void Step1ab()
        {
            if (b[k] == 's')
            {
                if (Ends("sses"))
                {
                    k -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (b[k - 1] != 's')
                {
                    k--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    k--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                k = j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(k))
                {
                    if (b[k] is not ('l' or 's' or 'z'))
                    {
                        k--;
                    }
                }
                else if (Measure() == 1 && Cvc(k))
                {
                    SetTo("e");
                }
            }
        }

        private void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                b[k] = 'i';
            }
        }

        /// <summary>Steps 2 and 3: the first suffix that matches is replaced if the stem before it has a vowel-consonant sequence.</summary>
        private void ReplaceFirst((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (Ends(suffix))
                {
                    if (Measure() > 0)
                    {
                        SetTo(replacement);
                    }

                    return;
                }
            }
        }

        private void Step4Remove()
        {
            foreach (var suffix in Step4)
            {
                if (Ends(suffix))
                {
                    var allowed = suffix != "ion" || (j >= 0 && b[j] is 's' or 't');
                    if (allowed && Measure() > 1)
                    {
                        k = j;
                    }

                    return;
                }
            }
        }

        private void Step5()
        {
            j = k;
            if (b[k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(k - 1)))
                {
                    k--;
                }
            }

            if (b[k] == 'l' && DoubleConsonant(k) && Measure() > 1)
            {
                k--;
            }
        }
    }
}
