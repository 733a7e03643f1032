namespace OmsHandbook.Search;

/// <summary>
/// A stretch of a page for the search index: the text before the first h2 (level 1, no heading), or
/// one h2 or h3 with everything up to the next of either; deeper headings stay inside their section.
/// </summary>
public sealed record PageSection(int Level, string Heading, string Id, string Text, IReadOnlySet<string> LinkedTerms);
