namespace OmsHandbook.Search;

/// <summary>The words the index adds to what the handbook wrote, in the edition's language: the site's own pages' titles and the alias lead-in.</summary>
public sealed record CorpusLabels(string FaqTitle, string GlossaryTitle, string AlsoCalled)
{
    public static readonly CorpusLabels English = new("Questions and answers", "Glossary", "Also called: ");
}
