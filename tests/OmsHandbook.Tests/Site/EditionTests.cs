using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>
/// A small handbook with a Spanish edition in input/es/: its pages, its own words, its links to the
/// English pages and back, and the rules that pair the two.
/// </summary>
[Trait("Tier", "Site")]
public sealed class EditionTests : IDisposable
{
    private readonly SmallHandbook handbook = new();

    public EditionTests()
    {
        handbook.Write("es/site.yml", """
            title: Manual de prueba
            description: Un manual para las pruebas.
            base_url: https://example.org
            language: es
            condition:
              name: Síndrome opsoclono-mioclono
              alternate_names: [SOM]
            """);
        handbook.Write("es/index.md", $"""
            ---
            title: Manual de prueba
            description: La página de inicio.
            translation_of: index.md
            source_hash: {HashOf("index.md")}
            ---
            Bienvenido. Lea primero sobre los [síntomas](01-sintomas.md).
            """);
        handbook.Write("es/chapters/01-sintomas.md", $"""
            ---
            title: Síntomas
            description: Las señales del SOM.
            audience: families
            last_reviewed: 2026-11-01
            reviewed_by: ""
            translation_of: 01-symptoms.md
            source_hash: {HashOf("chapters/01-symptoms.md")}
            ---
            Los niños con SOM tienen ojos danzantes [@smith2020].

            ## Movimientos de los ojos

            El opsoclono es la señal principal [@smith2020].
            """);
        handbook.Write("es/faq.yml", $"""
            - id: what-is-oms
              source_hash: {FaqHashOf("what-is-oms")}
              question: ¿Qué es el SOM?
              answer: Una enfermedad rara [@smith2020].
            """);
        handbook.Write("es/glossary.yml", $"""
            - id: opsoclonus
              source_hash: {GlossaryHashOf("opsoclonus")}
              term: Opsoclono
              definition: Movimientos rápidos de los ojos en todas las direcciones.
            """);
    }

    [Fact]
    public async Task The_spanish_edition_is_published_under_es_in_spanish_with_its_own_words_and_dates()
    {
        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        var page = Build.Page(handbook.Output, "es/sintomas/index.html");
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Saltar al contenido principal", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("1 de noviembre de 2026", page.QuerySelector(".review-date time")!.TextContent);
        Assert.Equal("Fuentes", page.QuerySelector(".sources h2")!.TextContent);
        Assert.Equal(["/es/", "/es/sintomas/"], page.QuerySelectorAll(".chapter-nav nav a").Select(a => a.GetAttribute("href")!));
        // Sources keep their English titles, and say so for screen readers.
        Assert.Equal("en", page.QuerySelector(".sources cite")!.GetAttribute("lang"));
        Assert.Equal("/es/glossary/#term-opsoclonus", page.QuerySelector("a.glossary-link")!.GetAttribute("href"));
        Assert.Equal("¿Qué es el SOM?", Build.Page(handbook.Output, "es/faq/index.html").QuerySelector("h2#what-is-oms")!.TextContent);
        Assert.Equal("Opsoclono", Build.Page(handbook.Output, "es/glossary/index.html").QuerySelector("dfn#term-opsoclonus")!.TextContent);

        // The English pages are untouched by the Spanish words.
        var english = Build.Page(handbook.Output, "symptoms/index.html");
        Assert.Equal("en-GB", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("1 November 2026", english.QuerySelector(".review-date time")!.TextContent);
        Assert.Null(english.QuerySelector(".sources cite[lang]"));
        Assert.Null(english.QuerySelector(".translation-notice"));
    }

    [Fact]
    public async Task Each_page_links_to_its_other_language_with_hreflang_alternates_the_switcher_and_the_sitemap()
    {
        await Build.Run(handbook.Input, handbook.Output);

        var english = Build.Page(handbook.Output, "symptoms/index.html");
        var spanish = Build.Page(handbook.Output, "es/sintomas/index.html");
        string[] alternates = ["en-GB https://example.org/symptoms/", "es https://example.org/es/sintomas/", "x-default https://example.org/symptoms/"];
        Assert.Equal(alternates, english.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")));
        Assert.Equal(alternates, spanish.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href")));

        var toSpanish = english.QuerySelector(".language-switch a")!;
        Assert.Equal(("/es/sintomas/", "es", "Español"), (toSpanish.GetAttribute("href"), toSpanish.GetAttribute("lang"), toSpanish.TextContent));
        var toEnglish = spanish.QuerySelector(".language-switch a")!;
        Assert.Equal(("/symptoms/", "English"), (toEnglish.GetAttribute("href"), toEnglish.TextContent));

        // The FAQ and the glossary pair by their place; the site's own pages too.
        Assert.Equal("/es/faq/", Build.Page(handbook.Output, "faq/index.html").QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Equal("/es/", Build.Page(handbook.Output, "index.html").QuerySelector(".language-switch a")!.GetAttribute("href"));

        var sitemap = File.ReadAllText(Path.Combine(handbook.Output, "sitemap.xml"));
        Assert.Contains("<url><loc>https://example.org/es/sintomas/</loc><lastmod>2026-11-01</lastmod>" +
            "<xhtml:link rel=\"alternate\" hreflang=\"en-GB\" href=\"https://example.org/symptoms/\"/>" +
            "<xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://example.org/es/sintomas/\"/></url>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/es/* /es/404.html 404", File.ReadAllText(Path.Combine(handbook.Output, "_redirects")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(handbook.Output, "es", "search", "index.json")), "the Spanish edition has no search index of its own");
        Assert.Contains("Opsoclono", File.ReadAllText(Path.Combine(handbook.Output, "es", "search", "index.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_not_yet_translated_leads_to_the_other_editions_home_and_says_so()
    {
        await Build.Run(handbook.Input, handbook.Output);

        var treatment = Build.Page(handbook.Output, "treatment/index.html");
        var link = treatment.QuerySelector(".language-switch a")!;
        Assert.Equal("/es/", link.GetAttribute("href"));
        Assert.Equal("(esta página aún no está traducida)", link.QuerySelector(".language-switch__note")!.TextContent.Trim());
        Assert.Empty(treatment.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Fact]
    public async Task A_translation_says_what_it_is_and_a_translation_behind_its_original_says_so_and_warns_without_failing_strict()
    {
        var current = await Build.Run(handbook.Input, handbook.Output);
        var notice = Build.Page(handbook.Output, "es/sintomas/index.html").QuerySelector(".translation-notice")!;
        Assert.Equal("/symptoms/", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("1 de noviembre de 2026", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ningún profesional sanitario de lengua materna española", notice.TextContent, StringComparison.Ordinal);
        Assert.Null(notice.QuerySelector(".translation-notice__behind"));
        Assert.DoesNotContain(current.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.TranslationBehind);

        handbook.Write("chapters/01-symptoms.md", File.ReadAllText(handbook.PathOf("chapters/01-symptoms.md")).Replace("the main sign", "the first sign", StringComparison.Ordinal));
        var behind = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(behind.Succeeded);
        var warning = Build.Sole(behind, DiagnosticCodes.TranslationBehind);
        Assert.Equal((Path.Combine(handbook.Input, "es", "chapters", "01-sintomas.md").Replace('\\', '/'), 8), (warning.Location.File, warning.Location.Line));
        Assert.Contains("chapters/01-symptoms.md' has changed since this translation was made", warning.Message, StringComparison.Ordinal);
        Assert.Contains("source_hash: " + HashOf("chapters/01-symptoms.md"), warning.Message, StringComparison.Ordinal);
        Assert.NotNull(Build.Page(handbook.Output, "es/sintomas/index.html").QuerySelector(".translation-notice__behind"));

        var (code, _, stderr) = await Build.Cli("check", "--strict", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument);
        Assert.True(code == 0, stderr);
        Assert.Contains("OMS0217", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_faq_answer_or_a_definition_changed_in_english_since_it_was_translated_warns_at_its_entry_and_its_page_says_so()
    {
        var current = await Build.Run(handbook.Input, handbook.Output);
        Assert.DoesNotContain(current.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.TranslationBehind);
        Assert.Null(Build.Page(handbook.Output, "es/faq/index.html").QuerySelector(".translation-notice__behind"));
        Assert.Null(Build.Page(handbook.Output, "es/glossary/index.html").QuerySelector(".translation-notice__behind"));

        var englishFaq = File.ReadAllText(handbook.PathOf("faq.yml"));
        handbook.Write("faq.yml", englishFaq.Replace("A rare condition with opsoclonus", "A rare condition, seen first in young children, with opsoclonus", StringComparison.Ordinal));
        var faqBehind = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(faqBehind.Succeeded);
        var warning = Build.Sole(faqBehind, DiagnosticCodes.TranslationBehind);
        Assert.Equal((Path.Combine(handbook.Input, "es", "faq.yml").Replace('\\', '/'), 2), (warning.Location.File, warning.Location.Line));
        Assert.Contains("the FAQ entry 'what-is-oms' in '" + Path.Combine(handbook.Input, "faq.yml").Replace('\\', '/') + "' has changed since this translation was made", warning.Message, StringComparison.Ordinal);
        Assert.Contains("source_hash: " + FaqHashOf("what-is-oms"), warning.Message, StringComparison.Ordinal);
        Assert.NotNull(Build.Page(handbook.Output, "es/faq/index.html").QuerySelector(".translation-notice__behind"));
        Assert.Null(Build.Page(handbook.Output, "es/glossary/index.html").QuerySelector(".translation-notice__behind"));

        handbook.Write("faq.yml", englishFaq);
        var englishGlossary = File.ReadAllText(handbook.PathOf("glossary.yml"));
        handbook.Write("glossary.yml", englishGlossary.Replace("definition: ", "definition: In short, ", StringComparison.Ordinal));
        var glossaryBehind = await Build.Run(handbook.Input, handbook.Output);

        var definition = Build.Sole(glossaryBehind, DiagnosticCodes.TranslationBehind);
        Assert.EndsWith("es/glossary.yml", definition.Location.File, StringComparison.Ordinal);
        Assert.Contains("the glossary term 'opsoclonus' in '" + Path.Combine(handbook.Input, "glossary.yml").Replace('\\', '/') + "' has changed", definition.Message, StringComparison.Ordinal);
        Assert.NotNull(Build.Page(handbook.Output, "es/glossary/index.html").QuerySelector(".translation-notice__behind"));
        Assert.Null(Build.Page(handbook.Output, "es/faq/index.html").QuerySelector(".translation-notice__behind"));
    }

    [Fact]
    public async Task A_faq_answer_translated_without_a_source_hash_warns_with_the_hash_to_write()
    {
        handbook.Write("es/faq.yml", """
            - id: what-is-oms
              question: ¿Qué es el SOM?
              answer: Una enfermedad rara [@smith2020].
            """);
        var result = await Build.Run(handbook.Input, handbook.Output);

        var warning = Build.Sole(result, DiagnosticCodes.TranslationBehind);
        Assert.Equal(1, warning.Location.Line);
        Assert.Contains("add 'source_hash: " + FaqHashOf("what-is-oms") + "' to it", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(Build.Page(handbook.Output, "es/faq/index.html").QuerySelector(".translation-notice__behind"));
    }

    [Fact]
    public async Task A_translation_that_names_no_original_or_a_wrong_one_is_an_error_with_the_nearest_name()
    {
        var page = File.ReadAllText(handbook.PathOf("es/chapters/01-sintomas.md"));
        handbook.Write("es/chapters/01-sintomas.md", page.Replace("translation_of: 01-symptoms.md", "translation_of: 01-symptom.md", StringComparison.Ordinal));
        var wrong = await Build.Run(handbook.Input, handbook.Output);

        var error = Build.Sole(wrong, DiagnosticCodes.TranslationUnpaired);
        Assert.Equal((7, 17), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean '01-symptoms.md'?", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(handbook.Output));

        handbook.Write("es/chapters/01-sintomas.md", page.Replace("translation_of: 01-symptoms.md\n", "", StringComparison.Ordinal));
        var missing = await Build.Run(handbook.Input, handbook.Output);
        Assert.Contains("does not say which page it translates", Build.Sole(missing, DiagnosticCodes.TranslationUnpaired).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spanish_glossary_or_faq_id_that_pairs_with_nothing_is_an_error()
    {
        handbook.Write("es/glossary.yml", """
            - id: opsoclonos
              term: Opsoclono
              definition: Movimientos rápidos de los ojos.
            """);
        var result = await Build.Run(handbook.Input, handbook.Output);

        var error = Build.Sole(result, DiagnosticCodes.TranslationUnpaired);
        Assert.EndsWith("es/glossary.yml", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("did you mean 'opsoclonus'?", error.Message, StringComparison.Ordinal);
    }

    private string FaqHashOf(string id)
    {
        var file = new InputFolder(handbook.Input, new DiagnosticBag()).Read(FaqLoader.FileName)!;
        return TranslationSource.HashOf(FaqLoader.Load(file, new DiagnosticBag()).Single(f => f.Id == id));
    }

    private string GlossaryHashOf(string id)
    {
        var file = new InputFolder(handbook.Input, new DiagnosticBag()).Read(GlossaryLoader.FileName)!;
        return TranslationSource.HashOf(GlossaryLoader.Load(file, new DiagnosticBag()).Single(t => t.Slug == id));
    }

    private string HashOf(string relative)
    {
        var diagnostics = new DiagnosticBag();
        var file = new InputFolder(handbook.Input, diagnostics).Read(relative)!;
        var page = relative == PageLoader.HomeFile ? PageLoader.LoadHome(file, diagnostics)! : PageLoader.LoadChapter(file, diagnostics)!;
        return TranslationSource.HashOf(page);
    }

    public void Dispose() => handbook.Dispose();
}
