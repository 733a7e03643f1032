namespace OmsHandbook.Tests.Support;

/// <summary>
/// Writes markup into the small handbook as text, as a contributor quoting HTML would: escaped in a
/// heading, a FAQ answer and a glossary definition, and plain in a FAQ question. The site must show it
/// as text on its page and in search results, never as an element.
/// </summary>
public static class MarkupAsText
{
    public const string Markup = "<img src=x onerror=alert(1)>";

    /// <summary>The heading's id on /symptoms/; its section is what a search for "spoof" finds.</summary>
    public const string HeadingId = "spoof-img-src-x-onerror-alert-1";

    public static void WriteInto(SmallHandbook handbook)
    {
        handbook.Write("chapters/03-markup.md", """
            ---
            title: Markup
            description: Markup written as text.
            last_reviewed: 2026-11-01
            ---
            A page that quotes markup.

            ## Spoof \<img src=x onerror=alert(1)>

            Spoofed heading text, shown as text [@smith2020].
            """);
        handbook.Write("faq.yml", """
            - id: what-is-oms
              question: What is OMS?
              answer: |
                A rare condition with opsoclonus [@smith2020].
              related: [01-symptoms.md]
            - id: spoof
              question: Is <img src=x onerror=alert(1)> a spoof?
              answer: Yes, spoof \<img src=x onerror=alert(1)> text [@jones2019].
            """);
        handbook.Write("glossary.yml", """
            - term: Opsoclonus
              aliases: [dancing eyes]
              definition: Fast eye movements in every direction.
              see_also: [Myoclonus]
            - term: Myoclonus
              aliases: [muscle jerks]
              definition: Sudden brief jerks of muscles, spoof \<img src=x onerror=alert(1)>.
            """);
    }
}
