using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>
/// Words readers type for one meaning, from search-synonyms.yml ("genetic" for "inherited"): a search
/// for any of them also finds the others. They change search only, never the text or its links.
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<Located<string>> Words, SourceLocation Location);
