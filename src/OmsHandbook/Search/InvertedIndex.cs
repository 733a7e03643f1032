using OmsHandbook.Core;
using System.Collections.Concurrent;

namespace OmsHandbook.Search;

/// <summary>One entry a token occurs in, and how much the token says about that entry.</summary>
public readonly record struct Posting(int Entry, double Impact);

/// <summary>
/// Every token with the entries it occurs in. Each posting carries its whole BM25F score for that
/// token, computed here once (field weights, term rarity, entry length), so the browser only adds.
/// Glossary terms are tokens too, "#" + slug, found by whichever name the entry used.
/// </summary>
public sealed class InvertedIndex
{
    /// <summary>BM25's usual constants: how fast repeats stop counting, and how much long entries are discounted.</summary>
    private const double K1 = 1.2;
    private const double B = 0.75;

    public const string TermPrefix = "#";

    private InvertedIndex(IReadOnlyList<string> terms, IReadOnlyList<IReadOnlyList<Posting>> postings)
    {
        Terms = terms;
        Postings = postings;
        MaxImpact = postings.SelectMany(p => p).Select(p => p.Impact).DefaultIfEmpty(0).Max();
    }

    /// <summary>Every token, in ordinal order (the order JavaScript compares strings in).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Each token's postings, by entry number (entries numbered page by page, in order).</summary>
    public IReadOnlyList<IReadOnlyList<Posting>> Postings { get; }

    public double MaxImpact { get; }

    /// <param name="memo">Weights of the entries of pages with a key, remembered by that key (the preview's); null weighs every entry.</param>
    /// <param name="cancellation">Checked as it goes: the preview drops a build a newer save has made pointless.</param>
    public static InvertedIndex Build(SearchCorpus corpus, Memo<WeighedEntry>? memo = null, CancellationToken cancellation = default)
    {
        // The same text weighs differently in another language, so the language is part of the key.
        var language = corpus.Language.Name;
        var entries = corpus.Pages.SelectMany(p => p.Entries.Select((entry, i) => (Entry: entry, Key: p.Key is null ? null : p.Key + "#" + language + "#" + i))).ToList();
        var normaliser = SearchTokenizer.For(corpus.Language);
        // Text repeats its words: stem each distinct word once per build.
        var tokens = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        var weighted = entries.AsParallel().AsOrdered()
            .WithCancellation(cancellation)
            .Select(e => memo is null || e.Key is null ? Weigh(e.Entry, normaliser, tokens) : memo.GetOrMake(e.Key, () => Weigh(e.Entry, normaliser, tokens)))
            .ToList();
        var averageLength = weighted.Count == 0 ? 1 : Math.Max(1, weighted.Average(w => w.Length));

        var byTerm = new Dictionary<string, List<(int Entry, double Frequency)>>(StringComparer.Ordinal);
        for (var entry = 0; entry < weighted.Count; entry++)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var (term, frequency) in weighted[entry].Frequencies)
            {
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }

                list.Add((entry, frequency));
            }
        }

        var terms = byTerm.Keys.Order(StringComparer.Ordinal).ToList();
        var postings = terms.Select(term =>
        {
            cancellation.ThrowIfCancellationRequested();
            var list = byTerm[term];
            var rarity = Math.Log(1 + ((entries.Count - list.Count + 0.5) / (list.Count + 0.5)));
            return (IReadOnlyList<Posting>)list
                .Select(p => new Posting(p.Entry, rarity * p.Frequency * (K1 + 1) / (p.Frequency + (K1 * (1 - B + (B * weighted[p.Entry].Length / averageLength))))))
                .ToList();
        }).ToList();
        return new InvertedIndex(terms, postings);
    }

    private static WeighedEntry Weigh(SearchEntry entry, SearchNormaliser normaliser, ConcurrentDictionary<string, string?> tokenOf)
    {
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        var length = 0.0;
        foreach (var field in entry.Fields)
        {
            foreach (var word in SearchTokenizer.Words(field.Text))
            {
                if (tokenOf.GetOrAdd(word, normaliser.Token) is { } token)
                {
                    length += field.Weight;
                    frequencies[token] = frequencies.GetValueOrDefault(token) + field.Weight;
                }
            }
        }

        foreach (var use in entry.Terms)
        {
            frequencies[TermPrefix + use.Slug] = frequencies.GetValueOrDefault(TermPrefix + use.Slug) + use.Weight;
        }

        return new WeighedEntry([.. frequencies], length);
    }
}
