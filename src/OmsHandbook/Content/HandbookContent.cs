namespace OmsHandbook.Content;

/// <summary>Everything loaded from the input folder, each file parsed once.</summary>
public sealed record HandbookContent(
    SiteConfig Site,
    ContentPage Home,
    IReadOnlyList<ContentPage> Chapters,
    IReadOnlyList<FaqEntry> Faq,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<Reference> References,
    IReadOnlyList<MediaFile> Media,
    InputFile FaqFile,
    InputFile GlossaryFile)
{
    public IEnumerable<ContentPage> Pages => Chapters.Prepend(Home);

    /// <summary>Groups of words readers type for one meaning, for search only; none when the handbook has no search-synonyms.yml.</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];

    /// <summary>The handbook in other languages, each read from its folder of input/ ("es/"); none for a handbook in one language.</summary>
    public IReadOnlyList<HandbookContent> Translations { get; init; } = [];

    /// <summary>This edition and its translations, the first edition first.</summary>
    public IEnumerable<HandbookContent> Editions => Translations.Prepend(this);

    /// <summary>The SVG drawings under input/media that passed the figure rules, by their path inside it; a page draws them inline.</summary>
    public IReadOnlyDictionary<string, SvgFigure> Figures { get; init; } = new Dictionary<string, SvgFigure>(StringComparer.Ordinal);
}
