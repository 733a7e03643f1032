using System.Text.RegularExpressions;
using OmsHandbook.Content;

namespace OmsHandbook.Markdown.GlossaryLinks;

/// <summary>
/// Every glossary term and alias, built once per build: looks names up, and finds mentions in text
/// (whole words, case-insensitive, the longest name first).
/// </summary>
public sealed class GlossaryIndex
{
    private readonly Dictionary<string, GlossaryTerm> byName = new(StringComparer.Ordinal);
    private readonly Regex? matcher;

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

        var names = terms.SelectMany(t => t.Aliases.Select(a => a.Value).Prepend(t.Term))
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal))
            .ToList();
        if (names.Count > 0)
        {
            matcher = new Regex(
                @"(?<![\p{L}\p{N}])(?:" + string.Join('|', names) + @")(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>Finds a term by its name, an alias, or the slug of either.</summary>
    public GlossaryTerm? Find(string name) =>
        byName.GetValueOrDefault(Normalise(name)) ?? byName.GetValueOrDefault(Slug.From(name));

    public IEnumerable<string> Names => byName.Keys;

    /// <summary>Every mention of a term or alias in the text, in order.</summary>
    public IEnumerable<(GlossaryTerm Term, int Index, int Length)> Mentions(string text)
    {
        if (matcher is null)
        {
            yield break;
        }

        for (var match = matcher.Match(text); match.Success; match = match.NextMatch())
        {
            if (byName.TryGetValue(Normalise(match.Value), out var term))
            {
                yield return (term, match.Index, match.Length);
            }
        }
    }

    private static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
