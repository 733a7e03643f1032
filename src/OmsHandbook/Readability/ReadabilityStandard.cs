using System.Globalization;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.Readability;

/// <summary>The reading-ease formulas the build scores pages with, one per language it reads.</summary>
public enum ReadingFormula
{
    /// <summary>English: a grade, higher is harder.</summary>
    Smog,

    /// <summary>Spanish: an index from 0 to 100, higher is easier.</summary>
    SzigrisztPazos,
}

/// <summary>How an edition's pages are scored, and the score a page families read must keep to.</summary>
/// <param name="Limit">For SMOG the highest grade allowed (site.yml's smog_ceiling); for Szigriszt-Pazos the lowest index allowed (reading_ease_floor).</param>
public sealed record ReadabilityStandard(ReadingFormula Formula, int Limit)
{
    /// <summary>The edition's standard, chosen by its language: Szigriszt-Pazos for Spanish, SMOG for any other.</summary>
    public static ReadabilityStandard For(SiteConfig site) =>
        ProseLanguages.Of(site.Language) == ProseLanguage.Spanish
            ? new(ReadingFormula.SzigrisztPazos, site.ReadingEaseFloor)
            : new(ReadingFormula.Smog, site.SmogCeiling);

    /// <summary>The language whose sentences and syllables the formula counts.</summary>
    public ProseLanguage Language => Formula == ReadingFormula.SzigrisztPazos ? ProseLanguage.Spanish : ProseLanguage.English;

    /// <summary>Whether a score is harder than the limit allows: above a SMOG ceiling, below a Szigriszt-Pazos floor.</summary>
    public bool IsPastLimit(double score) => Formula == ReadingFormula.SzigrisztPazos ? score < Limit : score > Limit;

    public PageReadability Measure(string page, Audience audience, IEnumerable<ProseBlock> prose)
    {
        var sentences = prose.SelectMany(block => Sentences.Of(block, Language)).ToList();
        var (score, hardest) = Formula == ReadingFormula.SzigrisztPazos
            ? (SzigrisztPazos(sentences), HardestForSzigrisztPazos(sentences))
            : (Smog(sentences), HardestForSmog(sentences));
        return new PageReadability(
            page,
            audience,
            this,
            sentences.Sum(s => s.Words),
            sentences.Count,
            Math.Round(score, 1),
            sentences.OrderByDescending(s => s.Words).ThenBy(s => s.Location.Line).FirstOrDefault(),
            hardest);
    }

    /// <summary>Warns, at <paramref name="at"/>, when a page families read is past the limit, naming the sentences to work on first.</summary>
    public void Judge(PageReadability page, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!page.TooHard)
        {
            return;
        }

        if (Formula == ReadingFormula.SzigrisztPazos)
        {
            var worst = string.Join("; ", page.HardestSentences.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"line {s.Location.Line}: \"{Shorten(s.Text)}\" ({s.Words} words, {s.Syllables} syllables)")));
            diagnostics.Warning(DiagnosticCodes.BelowReadingEaseFloor, at, string.Create(CultureInfo.InvariantCulture,
                $"Szigriszt-Pazos index {page.Score:0.0} ({Inflesz.Band(page.Score)} on the INFLESZ scale) is below this site's floor of {Limit} for a page families read; shorten the hardest sentences and use shorter words: {worst}"));
        }
        else
        {
            var worst = string.Join("; ", page.HardestSentences.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"line {s.Location.Line}: \"{Shorten(s.Text)}\" ({s.Words} words, {s.LongWords} of 3+ syllables)")));
            diagnostics.Warning(DiagnosticCodes.HardToRead, at, string.Create(CultureInfo.InvariantCulture,
                $"SMOG grade {page.Score:0.0} is above this site's ceiling of {Limit} for a page families read; shorten the hardest sentences and use shorter words: {worst}"));
        }
    }

    /// <summary>SMOG: 1.0430 × √(long words × 30 ÷ sentences) + 3.1291, where long words have three or more syllables.</summary>
    private static double Smog(List<Sentence> sentences) =>
        sentences.Count == 0 ? 0 : (1.0430 * Math.Sqrt(sentences.Sum(s => s.LongWords) * 30.0 / sentences.Count)) + 3.1291;

    private static List<Sentence> HardestForSmog(List<Sentence> sentences) => sentences
        .Where(s => s.LongWords > 0 || s.Words > 20)
        .OrderByDescending(s => s.LongWords)
        .ThenByDescending(s => s.Words)
        .ThenBy(s => s.Location.Line)
        .Take(3)
        .ToList();

    /// <summary>
    /// Szigriszt-Pazos's perspicuity index, Flesch's reading ease refitted to Spanish:
    /// 206.835 − 62.3 × syllables ÷ words − words ÷ sentences (F. Szigriszt Pazos, "Sistemas predictivos
    /// de legibilidad del mensaje escrito: fórmula de perspicuidad", doctoral thesis, 1993; the formula
    /// Barrio-Cantalejo et al. 2008 validated for Spanish health texts, see <see cref="Inflesz"/>).
    /// A page with no words has nothing to make it hard, so both ratios are taken as zero.
    /// </summary>
    private static double SzigrisztPazos(List<Sentence> sentences)
    {
        var words = sentences.Sum(s => s.Words);
        return words == 0 ? 206.835 : 206.835 - (62.3 * sentences.Sum(s => s.Syllables) / words) - ((double)words / sentences.Count);
    }

    /// <summary>
    /// The sentences that pull the page furthest below the floor: those whose own index is under it,
    /// weighed by their words, since a long sentence weighs more in the page's averages than a short one.
    /// </summary>
    private List<Sentence> HardestForSzigrisztPazos(List<Sentence> sentences) => sentences
        .Select(s => (Sentence: s, Shortfall: s.Words * (Limit - (206.835 - (62.3 * s.Syllables / s.Words) - s.Words))))
        .Where(s => s.Shortfall > 0)
        .OrderByDescending(s => s.Shortfall)
        .ThenBy(s => s.Sentence.Location.Line)
        .Take(3)
        .Select(s => s.Sentence)
        .ToList();

    private static string Shorten(string sentence) => sentence.Length <= 80 ? sentence : sentence[..77] + "...";
}
