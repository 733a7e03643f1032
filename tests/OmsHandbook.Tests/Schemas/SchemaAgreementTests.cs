using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Schemas;

/// <summary>
/// The JSON Schemas in schemas/ and the loaders agree: each good sample passes both, each bad one
/// fails both. "Fails the loader" means any diagnostic, warnings included, as `check --strict` does.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class SchemaAgreementTests
{
    public static TheoryData<string, string> Good => new()
    {
        { "chapter", "title: Symptoms\ndescription: The signs of OMS.\nlast_reviewed: 2026-11-01" },
        { "chapter", "title: Treatment\ndescription: How OMS is treated.\norder: 3\naudience: clinicians\nlast_reviewed: 2026-11-01\nnext_review: 2027-05-01\nreviewed_by: \"Dr A Example, paediatric neurologist\"\naliases: [/therapy/, /old-treatment/]" },
        { "chapter", "title: \"Living with OMS: day to day\"\ndescription: >\n  Help at home.\naudience:\nlast_reviewed: 2026-11-01\nreviewed_by:\naliases: /living/" },
        { "site", "title: OMS Handbook\ndescription: A guide.\nbase_url: https://omshandbook.org" },
        { "site", "title: Manual del SOM\ndescription: Una guía.\nbase_url: https://omshandbook.org\nlanguage: es\nreading_ease_floor: 60" },
        { "site", "title: OMS Handbook\ndescription: A guide.\nbase_url: https://omshandbook.org/\nsmog_ceiling: 11\nlanguage: en-GB\nrepository: https://github.com/oms-handbook/oms-handbook\nbranch: main\nurgent_help: 03-urgent-help.md\nurgency_scale:\n  emergency: [Call 999 or your local emergency number now]\n  urgent:\n    - Call your care team today\nnavigation: [01-what-is-oms.md, 02-symptoms.md]\ncondition:\n  name: Opsoclonus-myoclonus syndrome\n  alternate_names:\n    - OMS\n    - Dancing eye syndrome" },
        { "faq", "- id: is-oms-inherited\n  question: Is OMS inherited?\n  answer: |\n    No [@orphanet].\n  related: [01-what-is-oms.md]\n- question: Can adults get OMS?\n  answer: Yes." },
        { "faq", "" },
        { "glossary", "- term: Opsoclonus\n  aliases: [dancing eyes]\n  definition: |\n    Fast eye movements.\n  see_also: [Myoclonus]\n- term: Myoclonus\n  definition: Muscle jerks." },
        { "references", "rossor2022:\n  authors: Rossor T, et al.\n  title: \"Diagnosis: an international perspective\"\n  journal: Neurol Neuroimmunol Neuroinflamm\n  year: 2022\n  doi: 10.1212/NXI.0000000000001153\n  pmid: 35260471" },
        { "references", "nord:\n  authors: NORD\n  title: Opsoclonus Myoclonus Syndrome\n  year: 2024\n  url: https://rarediseases.org/\npang2010:\n  authors: Pang KK, et al.\n  title: A prospective study\n  year: 2010\n  pmid: \"20400409\"" },
        { "references", "" },
        { "search-synonyms", "- words: [inherited, genetic, runs in families]\n- words:\n    - catching\n    - contagious" },
        { "search-synonyms", "" },
    };

    public static TheoryData<string, string, string> Bad => new()
    {
        { "chapter", "no title", "description: The signs.\nlast_reviewed: 2026-11-01" },
        { "chapter", "blank description", "title: Symptoms\ndescription: \"  \"\nlast_reviewed: 2026-11-01" },
        { "chapter", "no last_reviewed", "title: Symptoms\ndescription: The signs." },
        { "chapter", "a day that does not exist", "title: Symptoms\ndescription: The signs.\nlast_reviewed: 2026-02-30" },
        { "chapter", "a date in the wrong order", "title: Symptoms\ndescription: The signs.\nlast_reviewed: 01/11/2026" },
        { "chapter", "an unknown audience", "title: Symptoms\ndescription: The signs.\naudience: parents\nlast_reviewed: 2026-11-01" },
        { "chapter", "an order that is not a number", "title: Symptoms\ndescription: The signs.\norder: three\nlast_reviewed: 2026-11-01" },
        { "chapter", "a misspelt field", "title: Symptoms\ndescription: The signs.\nlast_reviewed: 2026-11-01\nreviewd_by: Dr A" },
        { "chapter", "a title that is a list", "title: [Symptoms, Signs]\ndescription: The signs.\nlast_reviewed: 2026-11-01" },
        { "chapter", "aliases as a map", "title: Symptoms\ndescription: The signs.\nlast_reviewed: 2026-11-01\naliases: {old: /old/}" },
        { "chapter", "an empty alias", "title: Symptoms\ndescription: The signs.\nlast_reviewed: 2026-11-01\naliases: [/old/, \"\"]" },
        { "site", "no base_url", "title: OMS Handbook\ndescription: A guide." },
        { "site", "a base_url that is not an address", "title: OMS Handbook\ndescription: A guide.\nbase_url: omshandbook" },
        { "site", "an unknown field", "title: OMS Handbook\ndescription: A guide.\nbase_url: https://omshandbook.org\ncolour: blue" },
        { "site", "a condition without a name", "title: OMS Handbook\ndescription: A guide.\nbase_url: https://omshandbook.org\ncondition:\n  alternate_names: [OMS]" },
        { "site", "a condition that is text", "title: OMS Handbook\ndescription: A guide.\nbase_url: https://omshandbook.org\ncondition: OMS" },
        { "site", "not a set of fields", "- title: OMS Handbook" },
        { "site", "a SMOG ceiling above 30", "title: OMS Handbook\ndescription: A guide.\nbase_url: https://omshandbook.org\nsmog_ceiling: 31" },
        { "site", "a SMOG ceiling below 1", "title: OMS Handbook\ndescription: A guide.\nbase_url: https://omshandbook.org\nsmog_ceiling: 0" },
        { "site", "a reading-ease floor above 100", "title: Manual del SOM\ndescription: Una guía.\nbase_url: https://omshandbook.org\nlanguage: es\nreading_ease_floor: 101" },
        { "site", "a reading-ease floor below 0", "title: Manual del SOM\ndescription: Una guía.\nbase_url: https://omshandbook.org\nlanguage: es\nreading_ease_floor: -1" },
        { "faq", "a map instead of a list", "question: Is OMS inherited?\nanswer: No." },
        { "faq", "no answer", "- question: Is OMS inherited?" },
        { "faq", "an empty question", "- question: \"\"\n  answer: No." },
        { "faq", "a misspelt field", "- question: Is OMS inherited?\n  answer: No.\n  realted: [01-what-is-oms.md]" },
        { "faq", "related as a map", "- question: Is OMS inherited?\n  answer: No.\n  related: {a: b}" },
        { "faq", "an entry that is text", "- Is OMS inherited?" },
        { "glossary", "no definition", "- term: Opsoclonus" },
        { "glossary", "a misspelt field", "- term: Opsoclonus\n  definition: Fast eye movements.\n  alias: [dancing eyes]" },
        { "glossary", "an empty alias", "- term: Opsoclonus\n  definition: Fast eye movements.\n  aliases: [\"\"]" },
        { "glossary", "a term that is a list", "- term: [Opsoclonus]\n  definition: Fast eye movements." },
        { "references", "no doi, pmid or url", "smith2020:\n  authors: Smith A\n  title: A study\n  year: 2020" },
        { "references", "a pmid that is not digits", "smith2020:\n  authors: Smith A\n  title: A study\n  year: 2020\n  pmid: PMC123" },
        { "references", "no year", "smith2020:\n  authors: Smith A\n  title: A study\n  doi: 10.1/x" },
        { "references", "a year that is not a number", "smith2020:\n  authors: Smith A\n  title: A study\n  year: soon\n  doi: 10.1/x" },
        { "references", "no authors", "smith2020:\n  title: A study\n  year: 2020\n  doi: 10.1/x" },
        { "references", "a misspelt field", "smith2020:\n  authors: Smith A\n  title: A study\n  year: 2020\n  doi: 10.1/x\n  jounral: J Test" },
        { "references", "a source that is text", "smith2020: Smith A, A study, 2020" },
        { "references", "a list instead of a map", "- authors: Smith A" },
        { "search-synonyms", "a group of one word", "- words: [genetic]" },
        { "search-synonyms", "a group that is one word, not a list", "- words: genetic" },
        { "search-synonyms", "an empty word", "- words: [inherited, \"\"]" },
        { "search-synonyms", "a misspelt field", "- word: [inherited, genetic]" },
        { "search-synonyms", "a group without words", "- [inherited, genetic]" },
        { "search-synonyms", "a map instead of a list", "words: [inherited, genetic]" },
    };

    [Theory]
    [MemberData(nameof(Good))]
    public void A_good_sample_passes_the_schema_and_the_loader(string schema, string yaml)
    {
        Assert.Empty(SchemaErrors(schema, yaml));
        Assert.Empty(LoaderDiagnostics(schema, yaml));
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void A_bad_sample_fails_the_schema_and_the_loader(string schema, string why, string yaml)
    {
        Assert.True(SchemaErrors(schema, yaml).Count > 0, $"the {schema} schema accepts {why}");
        Assert.True(LoaderDiagnostics(schema, yaml).Count > 0, $"the {schema} loader accepts {why}");
    }

    public static IReadOnlyList<string> SchemaErrors(string schema, string yaml)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath(schema)));
        return JsonSchemaValidator.Validate(document.RootElement, JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml)));
    }

    public static string SchemaPath(string schema) => Path.Combine(RepoPaths.Root, "schemas", schema + ".schema.json");

    private static IReadOnlyList<string> LoaderDiagnostics(string schema, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var file = schema == "chapter"
            ? new InputFile("/handbook/chapters/01-sample.md", "chapters/01-sample.md", "---\n" + yaml + "\n---\nText.\n") { RelativePath = "chapters/01-sample.md" }
            : new InputFile($"/handbook/{schema}.yml", $"{schema}.yml", yaml) { RelativePath = $"{schema}.yml" };
        var loaded = schema switch
        {
            "chapter" => PageLoader.LoadChapter(file, diagnostics) is not null,
            "site" => SiteConfigLoader.Load(file, diagnostics) is not null,
            "faq" => FaqLoader.Load(file, diagnostics) is not null,
            "glossary" => GlossaryLoader.Load(file, diagnostics) is not null,
            "references" => ReferenceLoader.Load(file, diagnostics) is not null,
            "search-synonyms" => SynonymLoader.Load(file, diagnostics) is not null,
            _ => throw new ArgumentOutOfRangeException(nameof(schema)),
        };
        var messages = diagnostics.Sorted().Select(d => d.ToMsBuildFormat()).ToList();
        return loaded || messages.Count > 0 ? messages : ["nothing was loaded"];
    }
}
