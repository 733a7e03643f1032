using System.Text.RegularExpressions;
using AngleSharp.Dom;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>
/// The handbook says everything the content brief requires ("What every edition must cover"),
/// on the page a reader would look for it, and backs it with sources.
/// </summary>
[Trait("Tier", "Site")]
public sealed class HandbookCoverageTests(RealHandbookFixture site) : IClassFixture<RealHandbookFixture>
{
    /// <summary>Each topic of the brief, the page that must carry it, and words that show it is there.</summary>
    public static TheoryData<string, string, string> Topics => new()
    {
        { "rare neurological disorder", "what-is-oms", @"\brare\b" },
        { "opsoclonus: fast eye movements in every direction", "what-is-oms", @"opsoclonus" },
        { "myoclonus: sudden muscle jerks", "what-is-oms", @"myoclonus" },
        { "any age, most often young children", "what-is-oms", @"adults" },
        { "usually starts around 18 months", "what-is-oms", @"18 months" },
        { "impact on quality of life and family", "what-is-oms", @"family" },
        { "early diagnosis and treatment matter", "what-is-oms", @"early" },
        { "ataxia: unsteady walking and fine-motor trouble", "symptoms", @"ataxia" },
        { "irritability", "symptoms", @"irritab" },
        { "sleep disturbance", "symptoms", @"sleep" },
        { "trouble concentrating or learning", "symptoms", @"concentrat|attention|learn" },
        { "developmental regression", "symptoms", @"lose skills|losing skills|loss of skills|skills they had" },
        { "speech difficulty", "symptoms", @"speech|talk" },
        { "swallowing difficulty", "symptoms", @"swallow" },
        { "seizures are not a typical feature", "symptoms", @"seizures \(fits\) are not a typical feature|seizures are not a typical feature" },
        { "autoimmune mechanism", "causes", @"immune system" },
        { "after an infection", "causes", @"infection" },
        { "paraneoplastic: neuroblastoma", "causes", @"neuroblastoma" },
        { "idiopathic: no cause found", "causes", @"idiopathic|no cause" },
        { "not inherited", "causes", @"not inherited|not passed down" },
        { "genetic susceptibility is weak evidence", "causes", @"family tendency|susceptib|genetic" },
        { "drug or toxin causes are look-alikes", "look-alikes", @"drug|toxin|poison" },
        { "history and examination", "diagnosis", @"examin" },
        { "blood and spinal fluid tests", "diagnosis", @"spinal fluid|cerebrospinal" },
        { "MRI and CT to find a tumour", "diagnosis", @"\bMRI\b.*\bCT\b|\bCT\b.*\bMRI\b" },
        { "EEG only to rule other things out", "diagnosis", @"\bEEG\b" },
        { "what sets OMS apart from other movement disorders", "look-alikes", @"opsoclonus" },
        { "multidisciplinary team", "treatment", @"multidisciplinary" },
        { "corticosteroids or ACTH", "treatment", @"\bACTH\b" },
        { "IVIG", "treatment", @"\bIVIG\b" },
        { "rituximab", "treatment", @"rituximab" },
        { "tumour removal and chemotherapy", "treatment", @"chemotherapy" },
        { "anti-seizure medicines do not treat OMS", "treatment", @"(anti-seizure|epilepsy)[^.]*(not|n't)[^.]*treat|not[^.]*treat[^.]*(anti-seizure|epilepsy)" },
        { "physiotherapy", "treatment", @"physiotherap" },
        { "occupational therapy", "treatment", @"occupational therap" },
        { "speech and language therapy", "treatment", @"speech and language therap" },
        { "cognitive and behavioural therapy", "treatment", @"behaviour" },
        { "developmental delay and learning problems", "outlook", @"learning" },
        { "lasting movement problems", "outlook", @"movement" },
        { "relapses", "relapses", @"relapse" },
        { "impact on families and carers", "living-with-oms", @"carer|look after yourself" },
        { "support groups and counselling", "support", @"Dancing Eye Syndrome Support Trust" },
    };

    [Theory]
    [MemberData(nameof(Topics))]
    public void Each_topic_the_brief_requires_is_on_its_page(string topic, string slug, string pattern)
    {
        var text = site.Pages[slug + "/index.html"].QuerySelector("main")!.TextContent;
        Assert.True(Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.Singleline), $"'{topic}' not found on /{slug}/ (looked for /{pattern}/)");
    }

    [Fact]
    public void Every_chapter_ends_its_text_with_a_sources_list()
    {
        foreach (var slug in RealHandbookTests.ChapterSlugs)
        {
            var page = site.Pages[slug + "/index.html"];
            var sources = page.QuerySelector(".sources");
            Assert.True(sources is not null, $"/{slug}/ has no Sources list");
            Assert.NotEmpty(sources!.QuerySelectorAll("li"));
            var prose = page.QuerySelector(".prose")!;
            Assert.True(prose.CompareDocumentPosition(sources).HasFlag(DocumentPositions.Following), $"/{slug}/ shows its sources before its text");
            Assert.Empty(sources.QuerySelectorAll(".prose"));
        }
    }

    [Fact]
    public void The_faq_answers_the_five_core_questions_among_at_least_25_each_cited_and_linked_to_a_chapter()
    {
        var faq = site.Pages["faq/index.html"];
        var items = faq.QuerySelectorAll(".faq-item").ToList();
        Assert.True(items.Count >= 25, $"the FAQ has {items.Count} entries");
        var questions = items.Select(i => i.QuerySelector("h2")!.TextContent).ToList();
        foreach (var core in new[] { "What are the symptoms", "What causes", "How is OMS diagnosed", "treatment", "complications" })
        {
            Assert.Contains(questions, q => q.Contains(core, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var item in items)
        {
            var question = item.QuerySelector("h2")!.TextContent;
            Assert.True(item.QuerySelectorAll(".faq-answer .citation").Length > 0, $"'{question}' cites no source");
            Assert.True(item.QuerySelectorAll(".faq-related a").Length > 0, $"'{question}' links to no chapter");
        }
    }

    [Fact]
    public void The_glossary_has_at_least_50_terms_with_the_words_families_use_and_see_also_links()
    {
        var glossary = site.Pages["glossary/index.html"];
        var entries = glossary.QuerySelectorAll(".glossary-entry").ToList();
        Assert.True(entries.Count >= 50, $"the glossary has {entries.Count} terms");
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.QuerySelector(".glossary-definition")?.TextContent)));
        Assert.True(entries.Count(e => e.QuerySelector(".glossary-see-also") is not null) >= entries.Count * 9 / 10, "most terms should point to related terms");

        string Aliases(string term) => entries.Single(e => e.QuerySelector("dfn")!.TextContent == term).QuerySelector(".glossary-aliases")?.TextContent ?? "";
        Assert.Contains("dancing eyes", Aliases("Opsoclonus"), StringComparison.Ordinal);
        Assert.Contains("steroids", Aliases("Corticosteroids"), StringComparison.Ordinal);
        Assert.Contains("IVIG", Aliases("Intravenous immunoglobulin"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_claims_a_clinical_review_that_did_not_happen()
    {
        foreach (var slug in RealHandbookTests.ChapterSlugs.Prepend(""))
        {
            var review = site.Pages[(slug.Length == 0 ? "" : slug + "/") + "index.html"].QuerySelector(".review-date")!.TextContent;
            Assert.Contains("awaiting clinical review", review, StringComparison.Ordinal);
        }

        Assert.Contains("pull request", site.Pages["about/index.html"].QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_families_read_is_within_the_readability_ceiling()
    {
        var family = site.Result.Readability.Where(r => r.ReadByFamilies).ToList();
        Assert.NotEmpty(family);
        // Judged by each page's own standard, so a Spanish edition's pages are held to its floor, not to the SMOG ceiling.
        Assert.All(family, r => Assert.False(r.TooHard, $"{r.Page} scores {r.Score} by {r.Standard.Formula}, past its limit of {r.Standard.Limit}"));
    }
}
