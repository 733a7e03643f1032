using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;
using OmsHandbook.Readability;

namespace OmsHandbook.Tests.Prose;

/// <summary>Spanish pages are scored by their own syllables and sentences with the Szigriszt-Pazos index, read on the INFLESZ scale.</summary>
[Trait("Tier", "Unit")]
public sealed class SpanishReadabilityTests
{
    private static readonly SourceLocation Here = new("capitulo.md", 1, 1);

    private static readonly ReadabilityStandard Spanish = new(ReadingFormula.SzigrisztPazos, SiteConfig.DefaultReadingEaseFloor);

    // Each count is the word's division by the Real Academia Española's rules (Ortografía 2010;
    // Diccionario panhispánico de dudas, "diptongo", "triptongo", "hiato"), written out beside it.
    [Theory]
    [InlineData("neuroblastoma", 5)] // neu-ro-blas-to-ma: e + unstressed u is a diphthong
    [InlineData("inmunoglobulina", 7)] // in-mu-no-glo-bu-li-na
    [InlineData("rehabilitación", 6)] // re-ha-bi-li-ta-ción: e, a are two strong vowels, h or no h; io a diphthong
    [InlineData("opsoclono", 4)] // op-so-clo-no
    [InlineData("mioclonías", 4)] // mio-clo-ní-as: io a diphthong, stressed í beside a a hiatus
    [InlineData("síndrome", 3)] // sín-dro-me
    [InlineData("ataxia", 3)] // a-ta-xia
    [InlineData("inmunoterapia", 6)] // in-mu-no-te-ra-pia
    [InlineData("encefalopatía", 7)] // en-ce-fa-lo-pa-tí-a
    [InlineData("electroencefalograma", 9)] // e-lec-tro-en-ce-fa-lo-gra-ma: o, e two strong vowels
    [InlineData("corticoides", 4)] // cor-ti-coi-des
    [InlineData("quimioterapia", 5)] // qui-mio-te-ra-pia: the u of "qui" is silent
    [InlineData("guerra", 2)] // gue-rra: the u of "gue" is silent
    [InlineData("aguantar", 3)] // a-guan-tar: before a, the u of "gu" is said
    [InlineData("pingüino", 3)] // pin-güi-no: ü is said, and joins i
    [InlineData("cigüeña", 3)] // ci-güe-ña
    [InlineData("averiguáis", 4)] // a-ve-ri-guáis: weak, strong, weak is a triphthong
    [InlineData("buey", 1)] // buey: triphthong with final y
    [InlineData("Uruguay", 3)] // U-ru-guay
    [InlineData("hoy", 1)] // y after a vowel, with none after it, is a vowel
    [InlineData("muy", 1)]
    [InlineData("y", 1)]
    [InlineData("reyes", 2)] // re-yes: y before a vowel is a consonant
    [InlineData("ayuda", 3)] // a-yu-da
    [InlineData("día", 2)] // dí-a: stressed weak vowel beside a strong one is a hiatus
    [InlineData("país", 2)] // pa-ís
    [InlineData("oído", 3)] // o-í-do
    [InlineData("ahí", 2)] // a-hí: the h changes nothing
    [InlineData("búho", 2)] // bú-ho
    [InlineData("prohíbe", 3)] // pro-hí-be
    [InlineData("ahumado", 3)] // ahu-ma-do: the RAE's own example of a diphthong across an h
    [InlineData("ciudad", 2)] // ciu-dad: two different weak vowels are a diphthong
    [InlineData("cuídate", 3)] // cuí-da-te: even with an accent on the second
    [InlineData("guion", 1)] // guion: one syllable for spelling since the Ortografía of 2010
    [InlineData("leer", 2)] // le-er: equal vowels are a hiatus
    [InlineData("chiíta", 3)] // chi-í-ta
    [InlineData("coordinación", 5)] // co-or-di-na-ción
    [InlineData("aéreo", 4)] // a-é-re-o
    [InlineData("poeta", 3)] // po-e-ta
    [InlineData("pediatra", 3)] // pe-dia-tra
    [InlineData("acuerdo", 3)] // a-cuer-do
    [InlineData("SOM", 1)] // capitals are read the same
    [InlineData("CONVULSIÓN", 3)] // con-vul-sión
    [InlineData("112", 1)] // no vowel: one syllable, as the English counter gives a number
    public void Syllables_are_counted_by_the_rules_of_spanish_spelling(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllables.Count(word));

    [Fact]
    public void The_index_follows_the_szigriszt_pazos_formula()
    {
        // El(1) SOM(1) es(1) ra-ro(2): 4 words, 5 syllables.
        // Los(1) mé-di-cos(3) lo(1) tra-tan(2) con(1) me-di-ca-men-tos(5) que(1) cal-man(2) el(1)
        // sis-te-ma(3) in-mu-ni-ta-rio(5): 11 words, 25 syllables.
        // 206.835 − 62.3 × 30 ÷ 15 − 15 ÷ 2 = 206.835 − 124.6 − 7.5 = 74.735.
        var block = ProseBlock.Plain(ProseKind.Paragraph, "El SOM es raro. Los médicos lo tratan con medicamentos que calman el sistema inmunitario.", Here);

        var sentences = Sentences.Of(block, ProseLanguage.Spanish).ToList();
        var page = Spanish.Measure("capitulo.md", Audience.Families, [block]);

        Assert.Equal([(4, 5), (11, 25)], sentences.Select(s => (s.Words, s.Syllables)));
        Assert.Equal((15, 2), (page.Words, page.SentenceCount));
        Assert.Equal(74.7, page.Score);
        Assert.Equal("bastante fácil", Inflesz.Band(page.Score));
        Assert.False(page.TooHard);
    }

    [Fact]
    public void Spanish_questions_and_exclamations_start_a_sentence_and_spanish_abbreviations_do_not_end_one()
    {
        var page = Spanish.Measure("capitulo.md", Audience.Families,
            [ProseBlock.Plain(ProseKind.Paragraph, "Es raro. ¿Es hereditario? No. ¡Pregunte a su equipo, p. ej. a la Dra. López! «Nadie tiene la culpa», dicen.", Here)]);

        Assert.Equal(5, page.SentenceCount);
        Assert.Equal("¡Pregunte a su equipo, p. ej. a la Dra. López!", page.LongestSentence?.Text);
    }

    [Theory]
    [InlineData(12.0, "muy difícil")]
    [InlineData(39.9, "muy difícil")]
    [InlineData(40.0, "algo difícil")]
    [InlineData(54.9, "algo difícil")]
    [InlineData(55.0, "normal")]
    [InlineData(64.9, "normal")]
    [InlineData(65.0, "bastante fácil")]
    [InlineData(79.9, "bastante fácil")]
    [InlineData(80.0, "muy fácil")]
    [InlineData(206.8, "muy fácil")]
    public void The_inflesz_bands_give_an_edge_to_the_easier_band(double index, string band) =>
        Assert.Equal(band, Inflesz.Band(index));

    [Fact]
    public void The_hardest_sentences_are_the_ones_that_pull_the_page_furthest_below_the_floor()
    {
        var blocks = new[]
        {
            ProseBlock.Plain(ProseKind.Heading, "Tratamiento", Here),
            ProseBlock.Plain(ProseKind.Paragraph, "La inmunomodulación farmacológica necesita coordinación multidisciplinaria individualizada.", Here with { Line = 3 }),
            ProseBlock.Plain(ProseKind.Paragraph, "Su hijo puede ir a casa. Vuelva el lunes.", Here with { Line = 5 }),
        };

        var page = Spanish.Measure("capitulo.md", Audience.Families, blocks);

        // Only sentences whose own index is under the floor are named: the short plain ones are not.
        Assert.Equal(["La inmunomodulación farmacológica necesita coordinación multidisciplinaria individualizada.", "Tratamiento"],
            page.HardestSentences.Select(s => s.Text));
        Assert.True(page.TooHard);
    }

    [Fact]
    public void A_page_for_clinicians_below_the_floor_is_not_too_hard_and_is_not_warned_about()
    {
        var diagnostics = new DiagnosticBag();
        var page = Spanish.Measure("capitulo.md", Audience.Clinicians,
            [ProseBlock.Plain(ProseKind.Paragraph, "La inmunomodulación farmacológica necesita coordinación multidisciplinaria individualizada.", Here)]);

        Spanish.Judge(page, Here, diagnostics);

        Assert.True(page.Score < SiteConfig.DefaultReadingEaseFloor);
        Assert.False(page.TooHard);
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("es", ReadingFormula.SzigrisztPazos)]
    [InlineData("es-ES", ReadingFormula.SzigrisztPazos)]
    [InlineData("es-419", ReadingFormula.SzigrisztPazos)]
    [InlineData("ES-mx", ReadingFormula.SzigrisztPazos)]
    [InlineData("en-GB", ReadingFormula.Smog)]
    [InlineData("en", ReadingFormula.Smog)]
    [InlineData("eu", ReadingFormula.Smog)]
    [InlineData("fr-FR", ReadingFormula.Smog)]
    public void The_formula_is_chosen_by_the_primary_subtag_of_the_sites_language(string language, ReadingFormula formula)
    {
        var site = new SiteConfig("T", "D", "https://example.org", language, null, "main", new MedicalConditionInfo("OMS", []), [],
            SmogCeiling: 11, ReadingEaseFloor: 60);

        var standard = ReadabilityStandard.For(site);

        Assert.Equal(formula, standard.Formula);
        Assert.Equal(formula == ReadingFormula.Smog ? 11 : 60, standard.Limit);
    }
}
