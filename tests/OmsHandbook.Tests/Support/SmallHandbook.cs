namespace OmsHandbook.Tests.Support;

/// <summary>
/// A tiny but complete input folder: two chapters, a FAQ, a glossary and references. Tests change
/// one file to break one thing, and check the build says exactly that.
/// </summary>
public sealed class SmallHandbook : IDisposable
{
    private readonly TempFolder folder = new();

    public SmallHandbook()
    {
        Write("site.yml", """
            title: Test Handbook
            description: A handbook for tests.
            base_url: https://example.org
            language: en-GB
            repository: https://github.com/example/handbook
            condition:
              name: Opsoclonus-myoclonus syndrome
              alternate_names: [OMS, dancing eye syndrome]
            """);
        Write("index.md", """
            ---
            title: Test Handbook
            description: The home page.
            ---
            Welcome. Read about [symptoms](01-symptoms.md) first.
            """);
        Write("chapters/01-symptoms.md", """
            ---
            title: Symptoms
            description: The signs of OMS.
            audience: families
            last_reviewed: 2026-11-01
            reviewed_by: ""
            aliases: [/signs/]
            ---
            Children with OMS have dancing eyes [@smith2020].

            ## Eye movements

            Opsoclonus is the main sign [@smith2020; @jones2019]. Opsoclonus again.

            ## Getting help

            See [treatment](02-treatment.md#medicines).
            """);
        Write("chapters/02-treatment.md", """
            ---
            title: Treatment
            description: How OMS is treated.
            audience: clinicians
            last_reviewed: 2026-10-01
            next_review: 2027-04-01
            reviewed_by: Dr Example, paediatric neurologist
            ---
            Treatment calms the immune system [@jones2019].

            ## Medicines

            Back to [eye movements](01-symptoms.md#eye-movements).
            """);
        Write("faq.yml", """
            - id: what-is-oms
              question: What is OMS?
              answer: |
                A rare condition with opsoclonus [@smith2020].
              related: [01-symptoms.md]
            - question: Is OMS inherited?
              answer: No, it is not passed down in families [@jones2019].
            """);
        Write("glossary.yml", """
            - term: Opsoclonus
              aliases: [dancing eyes]
              definition: Fast eye movements in every direction.
              see_also: [Myoclonus]
            - term: Myoclonus
              aliases: [muscle jerks]
              definition: Sudden brief jerks of muscles.
            """);
        Write("references.yml", """
            smith2020:
              authors: Smith A, Brown B
              title: A study of OMS
              journal: J Test
              year: 2020
              doi: 10.1000/test.1
              pmid: 12345
            jones2019:
              authors: Jones C
              title: Another study
              year: 2019
              url: https://example.org/study
            """);
    }

    public string Input => folder.File("input");

    /// <summary>The same handbook with a Spanish site.yml, so its prose is read as Spanish; <paramref name="siteYml"/> adds lines to it.</summary>
    public static SmallHandbook InSpanish(string siteYml = "")
    {
        var handbook = new SmallHandbook();
        handbook.Write("site.yml", $"""
            title: Manual de prueba
            description: Un manual para las pruebas.
            base_url: https://example.org
            language: es
            repository: https://github.com/example/handbook
            condition:
              name: Síndrome opsoclono-mioclono
              alternate_names: [SOM]
            {siteYml}
            """);
        return handbook;
    }

    public string Output => folder.File("output");

    public string PathOf(string relative) => Path.Combine(Input, relative);

    public void Write(string relative, string text) => folder.Write(Path.Combine("input", relative), text);

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public void Dispose() => folder.Dispose();
}
