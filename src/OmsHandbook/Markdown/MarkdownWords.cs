namespace OmsHandbook.Markdown;

/// <summary>
/// The few words our extensions write around what the author wrote, in the page's language, and the
/// address of the glossary their links lead to. The pipeline fills them from the theme's text table.
/// </summary>
/// <param name="SourceNumber">A citation's accessible name: {0} the source's number.</param>
/// <param name="TableNamed">A table's accessible name: {0} its column headings.</param>
public sealed record MarkdownWords(
    string SourceNumber,
    string TableNamed,
    string TableUnnamed,
    string NonUrgentCard,
    string UrgentCard,
    string EmergencyCard,
    string GlossaryPath)
{
    /// <summary>The English edition's, at the site's root.</summary>
    public static readonly MarkdownWords English = new(
        "Source {0}", "Table: {0}", "Table", "Non-urgent advice: ", "Urgent advice: ", "Immediate action required: ", "/glossary/");
}
