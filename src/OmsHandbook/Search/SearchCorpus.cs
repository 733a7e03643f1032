namespace OmsHandbook.Search;

/// <summary>Everything the search index is built from: the pages with their entries, and the glossary for synonyms.</summary>
public sealed record SearchCorpus(IReadOnlyList<CorpusPage> Pages, IReadOnlyList<SearchSynonyms> Glossary)
{
    /// <summary>Groups of words readers type for one meaning (search-synonyms.yml): a query with one also looks for the others.</summary>
    public IReadOnlyList<IReadOnlyList<string>> WordGroups { get; init; } = [];

    /// <summary>The language of the edition the index is for: it decides the stop words and the stemmer, in the index and in the browser.</summary>
    public SearchLanguage Language { get; init; } = SearchLanguage.English;
}

/// <summary>A published page and its entries, each shown as one search result.</summary>
public sealed record CorpusPage(string Title, string Url, IReadOnlyList<SearchEntry> Entries)
{
    /// <summary>The key of the render it was gathered from, when the build keeps a memo (the preview's); its entries' weights are remembered under it.</summary>
    public string? Key { get; init; }
}

/// <summary>
/// One search result: a page's own entry (no heading, no anchor) or one of its sections. Fields are
/// the weighted texts it is found by; Terms the glossary terms it uses, whatever name it uses them by.
/// </summary>
public sealed record SearchEntry(string Heading, string Anchor, string Text, IReadOnlyList<SearchField> Fields, IReadOnlyList<TermUse> Terms);

/// <summary>Text an entry is found by, and how much a match in it counts (a heading counts more than body text).</summary>
public sealed record SearchField(string Text, double Weight);

/// <summary>A glossary term used by an entry, weighted by how often and where.</summary>
public sealed record TermUse(string Slug, double Weight);

/// <summary>A glossary term and its aliases: a query for any of these names also finds the others.</summary>
public sealed record SearchSynonyms(string Slug, string Term, IReadOnlyList<string> Aliases);
