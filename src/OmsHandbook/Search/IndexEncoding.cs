using System.Text;

namespace OmsHandbook.Search;

/// <summary>
/// The compact text forms the index ships in (the search script's index.js decodes them with this
/// alphabet and these levels, <see cref="SearchScriptConstants"/>; docs/search.md describes
/// them). Postings: per entry, the gap from the previous entry number as a variable-length number,
/// then the impact as one character. Terms: sorted, each as "letters shared with the previous
/// term" (one character) plus the rest, separated by spaces. Both use a 64-character alphabet that
/// JSON never escapes.
/// </summary>
public static class IndexEncoding
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /// <summary>Impacts are stored on a log scale in 1..63: fine steps for the many small scores, coarse ones near the top.</summary>
    public const int ImpactLevels = 63;

    public static double Scale(double maxImpact) => Math.Round(Math.Log(1 + maxImpact), 6);

    public static int Quantise(double impact, double scale) =>
        scale <= 0 ? 1 : Math.Clamp((int)Math.Round(ImpactLevels * Math.Log(1 + impact) / scale), 1, ImpactLevels);

    public static string Postings(IReadOnlyList<Posting> postings, double scale)
    {
        var text = new StringBuilder(postings.Count * 2);
        var previous = 0;
        foreach (var posting in postings)
        {
            // Variable length: five bits per character, low bits first; 32 set means more follow.
            var gap = posting.Entry - previous;
            previous = posting.Entry;
            while (gap >= 32)
            {
                text.Append(Alphabet[32 | (gap & 31)]);
                gap >>= 5;
            }

            text.Append(Alphabet[gap]);
            text.Append(Alphabet[Quantise(posting.Impact, scale)]);
        }

        return text.ToString();
    }

    public static string Terms(IReadOnlyList<string> sortedTerms)
    {
        var text = new StringBuilder();
        var previous = "";
        foreach (var term in sortedTerms)
        {
            var shared = 0;
            var limit = Math.Min(Math.Min(previous.Length, term.Length), Alphabet.Length - 1);
            while (shared < limit && previous[shared] == term[shared])
            {
                shared++;
            }

            if (shared > 0 && shared < term.Length && char.IsLowSurrogate(term[shared]))
            {
                // Never split a surrogate pair: half a character cannot be written as JSON.
                shared--;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Alphabet[shared]).Append(term, shared, term.Length - shared);
            previous = term;
        }

        return text.ToString();
    }
}
