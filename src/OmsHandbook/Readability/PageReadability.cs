using OmsHandbook.Content;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.Readability;

/// <summary>How hard one page is to read: its SMOG grade, length and longest sentences.</summary>
public sealed record PageReadability(
    string Page,
    Audience Audience,
    int Words,
    int SentenceCount,
    double Smog,
    Sentence? LongestSentence,
    IReadOnlyList<Sentence> HardestSentences)
{
    /// <summary>Clinician pages may be technical; every other page is read by families.</summary>
    public bool ReadByFamilies => Audience != Audience.Clinicians;

    /// <summary>
    /// Measures a page with the SMOG formula, 1.0430 × √(long words × 30 ÷ sentences) + 3.1291,
    /// where long words have three or more syllables.
    /// </summary>
    public static PageReadability Measure(string page, Audience audience, IEnumerable<ProseBlock> prose)
    {
        var sentences = prose.SelectMany(Sentences.Of).ToList();
        var longWords = sentences.Sum(s => s.LongWords);
        var smog = sentences.Count == 0 ? 0 : (1.0430 * Math.Sqrt(longWords * 30.0 / sentences.Count)) + 3.1291;
        var hardest = sentences
            .Where(s => s.LongWords > 0 || s.Words > 20)
            .OrderByDescending(s => s.LongWords)
            .ThenByDescending(s => s.Words)
            .ThenBy(s => s.Location.Line)
            .Take(3)
            .ToList();
        return new PageReadability(
            page,
            audience,
            sentences.Sum(s => s.Words),
            sentences.Count,
            Math.Round(smog, 1),
            sentences.OrderByDescending(s => s.Words).ThenBy(s => s.Location.Line).FirstOrDefault(),
            hardest);
    }
}
