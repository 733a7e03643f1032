using System.Runtime.CompilerServices;

namespace OmsHandbook.Search;

/// <summary>
/// The per-page search work the preview keeps between builds, keyed by the object it was made from:
/// a page rendered again is a new object, so nothing kept here can be stale, and what a page no
/// longer uses is let go with it.
/// </summary>
public sealed class SearchCache
{
    internal ConditionalWeakTable<RenderedPage, CorpusPage> Pages { get; } = new();

    internal ConditionalWeakTable<SearchEntry, WeighedEntry> Weights { get; } = new();
}

/// <summary>An entry's tokens with their field-weighted counts, and its weighted length.</summary>
/// <param name="Frequencies">Each token once, with its weighted count: an array, as every entry of a large handbook is held at once.</param>
internal sealed record WeighedEntry(KeyValuePair<string, double>[] Frequencies, double Length);
