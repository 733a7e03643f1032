using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>One entry from glossary.yml.</summary>
public sealed record GlossaryTerm(
    string Term,
    string Slug,
    IReadOnlyList<Located<string>> Aliases,
    string Definition,
    SourceLocation DefinitionLocation,
    IReadOnlyList<Located<string>> SeeAlso,
    SourceLocation Location)
{
    /// <summary>In a translation, the hash of the original term's text it was made from (source_hash); null when none is recorded.</summary>
    public Located<string>? SourceHash { get; init; }

    /// <summary>The fragment id of the term on the glossary page.</summary>
    public string AnchorId => "term-" + Slug;
}
