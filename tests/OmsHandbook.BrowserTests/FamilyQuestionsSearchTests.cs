using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// People type questions in their own words, not the handbook's ("is it genetic" for "inherited"):
/// each question here must find a section that answers it among the first three results, in the
/// header box and on the search page. Words the handbook never uses come from input/search-synonyms.yml.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class FamilyQuestionsSearchTests(BrowserSite site)
{
    /// <param name="answers">Sections that answer it, separated by '|'; one ending in '/' stands for every section of that page.</param>
    [BrowserTheory]
    [InlineData("will my child get better", "/faq/#will-my-child-get-better|/outlook/")]
    [InlineData("is it genetic", "/faq/#is-oms-inherited|/causes/#oms-is-not-inherited")]
    [InlineData("is it hereditary", "/faq/#is-oms-inherited|/causes/#oms-is-not-inherited")]
    [InlineData("how long does treatment last", "/faq/#how-long-does-treatment-last|/treatment/#how-long-treatment-lasts|/treatment-timeline/#how-long-treatment-lasts")]
    [InlineData("can it come back", "/faq/#will-my-child-relapse|/relapses/")]
    [InlineData("is it contagious", "/faq/#is-oms-contagious|/causes/#oms-is-not-catching")]
    [InlineData("is it cancer", "/faq/#is-oms-cancer|/neuroblastoma/")]
    [InlineData("does it cause fits", "/faq/#does-oms-cause-seizures|/symptoms/#seizures-are-not-a-typical-feature-of-oms|/myths-and-facts/#seizures-are-not-a-typical-feature-of-oms|/fit-or-oms-jerks/")]
    [InlineData("why won't my child sleep", "/faq/#why-is-my-child-so-angry-and-not-sleeping|/living-with-oms/")]
    [InlineData("my toddler has tantrums", "/faq/#why-is-my-child-so-angry-and-not-sleeping|/living-with-oms/|/glossary/#term-rage-attacks")]
    [InlineData("daycare", "/nursery-and-school/")]
    [InlineData("will it affect school", "/faq/#will-my-child-be-able-to-go-to-school|/nursery-and-school/")]
    public async Task A_question_in_a_familys_words_finds_a_section_that_answers_it(string question, string answers)
    {
        var answering = answers.Split('|');
        bool Answers(string result) => answering.Any(a => result == a || (a.EndsWith('/') && result.StartsWith(a, StringComparison.Ordinal)));
        await using var visit = await site.OpenAsync("/");

        var box = await SearchBox.TypeAsync(visit.Page, question);
        var page = await SearchBox.TypeOnSearchPageAsync(visit.Page, question);

        Assert.True(box.Take(3).Any(Answers), $"the box gave for '{question}':\n" + string.Join('\n', box));
        Assert.True(page.Take(3).Any(Answers), $"the search page gave for '{question}':\n" + string.Join('\n', page));
    }

    /// <summary>The Spanish edition's own index: Spanish lay words, accents left out, a typo, each finds the Spanish page that answers it.</summary>
    [BrowserTheory]
    [InlineData("puncion lumbar", "/es/glossary/#term-lumbar-puncture|/es/diagnostico/|/es/primeras-semanas-en-el-hospital/")]
    [InlineData("ojos danzantes", "/es/glossary/#term-opsoclonus-myoclonus-syndrome|/es/glossary/#term-opsoclonus|/es/que-es-el-som/|/es/sintomas/")]
    [InlineData("corticoides", "/es/glossary/#term-corticosteroids|/es/tratamiento/")]
    [InlineData("neuroblastma", "/es/neuroblastoma/|/es/glossary/#term-neuroblastoma")]
    [InlineData("es contagioso", "/es/faq/#is-oms-contagious|/es/causas/")]
    [InlineData("puede volver", "/es/faq/#will-my-child-relapse|/es/recaidas/")]
    public async Task A_spanish_question_finds_the_spanish_section_that_answers_it(string question, string answers)
    {
        var answering = answers.Split('|');
        bool Answers(string result) => answering.Any(a => result == a || (a.EndsWith('/') && result.StartsWith(a, StringComparison.Ordinal)));
        await using var visit = await site.OpenAsync("/es/");

        var box = await SearchBox.TypeAsync(visit.Page, question);
        var page = await SearchBox.TypeOnSearchPageAsync(visit.Page, question, "/es/search/");

        Assert.True(box.Take(3).Any(Answers), $"the box gave for '{question}':\n" + string.Join('\n', box));
        Assert.True(page.Take(3).Any(Answers), $"the search page gave for '{question}':\n" + string.Join('\n', page));
        Assert.All(box.Concat(page), result => Assert.StartsWith("/es/", result, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task A_word_the_handbook_never_uses_finds_its_synonym_and_not_near_misses()
    {
        await using var visit = await site.OpenAsync("/");

        var results = await SearchBox.TypeAsync(visit.Page, "genetic");
        var shown = await visit.Page.Locator(SearchBox.Options).EvaluateAllAsync<string[]>("options => options.map(o => o.textContent)");

        // Without the synonym, "genetic" found only words a slip of the finger away ("general", "generic").
        Assert.NotEmpty(results);
        Assert.All(shown, text => Assert.Contains("inherit", text, StringComparison.OrdinalIgnoreCase));
    }
}
