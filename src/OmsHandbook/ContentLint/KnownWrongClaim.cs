using System.Text.RegularExpressions;

namespace OmsHandbook.ContentLint;

/// <summary>A claim found on the web that the evidence contradicts, how to spot it, and what to write instead.</summary>
/// <param name="Keywords">
/// Words every sentence the pattern matches contains (any one of them, ignoring case), so the pattern
/// runs only on the few paragraphs that could make the claim. The fixture sentence of every claim is
/// rejected by a test, which fails if a keyword is missing here.
/// </param>
public sealed record KnownWrongClaim(Regex Pattern, IReadOnlyList<string> Keywords, string Why, string Instead)
{
    public bool MayBeIn(string text)
    {
        // A loop, not Any(): this runs for every claim on every paragraph, and a lambda capturing
        // the text was a closure and a delegate each time.
        for (var i = 0; i < Keywords.Count; i++)
        {
            if (text.Contains(Keywords[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
