namespace OmsHandbook.Bench.Corpus;

/// <summary>A glossary entry of the corpus: the term, the other names a page may use, and related terms.</summary>
public sealed record PlannedTerm(string Term, IReadOnlyList<string> Aliases, IReadOnlyList<string> SeeAlso);

/// <summary>A heading with the id the site generator will give it.</summary>
public sealed record PlannedHeading(string Text, string Id);

/// <summary>An h2 section and the h3 headings under it.</summary>
public sealed record PlannedSection(PlannedHeading Heading, IReadOnlyList<PlannedHeading> SubHeadings);

/// <summary>A chapter's file, title and headings, known before any chapter is written so links can point anywhere.</summary>
public sealed record PlannedChapter(string FileName, string Title, string Topic, IReadOnlyList<PlannedSection> Sections)
{
    public IEnumerable<PlannedHeading> Headings => Sections.SelectMany(s => s.SubHeadings.Prepend(s.Heading));
}

/// <summary>A source that chapters cite.</summary>
public sealed record PlannedReference(string Key, string Authors, string Title, string Journal, int Year, string? Doi, string? Pmid, string? Url);
