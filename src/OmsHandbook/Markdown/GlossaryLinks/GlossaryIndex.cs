using OmsHandbook.Content;

namespace OmsHandbook.Markdown.GlossaryLinks;

/// <summary>
/// Every glossary term and alias, built once per build: looks names up, and finds mentions in text
/// (whole words, case-insensitive, the longest name first).
/// </summary>
public sealed class GlossaryIndex
{
    private readonly Dictionary<string, GlossaryTerm> byName = new(StringComparer.Ordinal);

    // Names by their first two characters (lower-cased; any whitespace as a space; a one-letter name
    // under its letter and '\0'), longest first. Trying only these at each word start makes the
    // same choice as one big alternation regex did, and with hundreds of names is tens of times
    // faster (see docs/performance.md).
    private readonly Dictionary<(char, char), (string Name, GlossaryTerm? Term)[]> candidates;

    public GlossaryIndex(IReadOnlyList<GlossaryTerm> terms)
    {
        Terms = terms;
        foreach (var term in terms)
        {
            // Duplicates are reported by validation; the first entry wins here.
            byName.TryAdd(Normalise(term.Term), term);
            byName.TryAdd(term.Slug, term);
            foreach (var alias in term.Aliases)
            {
                byName.TryAdd(Normalise(alias.Value), term);
                byName.TryAdd(Slug.From(alias.Value), term);
            }
        }

        candidates = terms.SelectMany(t => t.Aliases.Select(a => a.Value).Prepend(t.Term))
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .GroupBy(n => Key(n, 0))
            .ToDictionary(g => g.Key, g => g.Select(n => (n, byName.GetValueOrDefault(Normalise(n)))).ToArray());
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>Finds a term by its name, an alias, or the slug of either.</summary>
    public GlossaryTerm? Find(string name) =>
        byName.GetValueOrDefault(Normalise(name)) ?? byName.GetValueOrDefault(Slug.From(name));

    public IEnumerable<string> Names => byName.Keys;

    /// <summary>Every mention of a term or alias in the text, in order.</summary>
    /// <remarks>
    /// A mention starts and ends at a word boundary (no letter or digit either side), ignores case,
    /// and lets a space in a name match any run of whitespace; where names overlap, the longest wins.
    /// </remarks>
    public IEnumerable<(GlossaryTerm Term, int Index, int Length)> Mentions(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var length = 0;
            GlossaryTerm? term = null;
            if (start == 0 || !IsWordCharacter(text[start - 1]))
            {
                // Two-letter keys hold the longer names, so they are tried first.
                (length, term) = FirstMatch(text, start, Key(text, start));
                if (length == 0)
                {
                    (length, term) = FirstMatch(text, start, (char.ToLowerInvariant(text[start]), '\0'));
                }
            }

            if (length == 0)
            {
                start++;
                continue;
            }

            if (term is not null)
            {
                yield return (term, start, length);
            }

            start += length;
        }
    }

    private (int Length, GlossaryTerm? Term) FirstMatch(string text, int start, (char, char) key)
    {
        if (candidates.TryGetValue(key, out var names))
        {
            foreach (var (name, owner) in names)
            {
                if (MatchLength(text, start, name) is > 0 and var length)
                {
                    return (length, owner);
                }
            }
        }

        return (0, null);
    }

    /// <summary>The bucket of a name, or of the text at a place: its first two characters as a match compares them.</summary>
    private static (char, char) Key(string text, int start) =>
        (char.ToLowerInvariant(text[start]),
         start + 1 >= text.Length ? '\0' : char.IsWhiteSpace(text[start + 1]) ? ' ' : char.ToLowerInvariant(text[start + 1]));

    /// <returns>How many characters of the text at <paramref name="start"/> spell the name as a whole word, or 0.</returns>
    private static int MatchLength(string text, int start, string name)
    {
        var at = start;
        for (var n = 0; n < name.Length;)
        {
            if (name[n] == ' ')
            {
                var spaces = 0;
                for (; n < name.Length && name[n] == ' '; n++)
                {
                    spaces++;
                }

                var whitespace = 0;
                for (; at < text.Length && char.IsWhiteSpace(text[at]); at++)
                {
                    whitespace++;
                }

                if (whitespace < spaces)
                {
                    return 0;
                }

                continue;
            }

            if (at >= text.Length || char.ToLowerInvariant(text[at]) != char.ToLowerInvariant(name[n]))
            {
                return 0;
            }

            at++;
            n++;
        }

        return at < text.Length && IsWordCharacter(text[at]) ? 0 : at - start;
    }

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
