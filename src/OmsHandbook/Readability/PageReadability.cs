using OmsHandbook.Content;

namespace OmsHandbook.Readability;

/// <summary>How hard one page is to read: its score by its edition's formula, length and hardest sentences.</summary>
/// <param name="Standard">The formula the page was scored with and the limit it was judged against.</param>
/// <param name="Score">The SMOG grade or the Szigriszt-Pazos index, to one decimal place.</param>
/// <param name="HardestSentences">Up to three sentences that most need shortening, hardest first.</param>
public sealed record PageReadability(
    string Page,
    Audience Audience,
    ReadabilityStandard Standard,
    int Words,
    int SentenceCount,
    double Score,
    Sentence? LongestSentence,
    IReadOnlyList<Sentence> HardestSentences)
{
    /// <summary>Clinician pages may be technical; every other page is read by families.</summary>
    public bool ReadByFamilies => Audience != Audience.Clinicians;

    /// <summary>A page families read whose score is past its standard's limit.</summary>
    public bool TooHard => ReadByFamilies && Standard.IsPastLimit(Score);
}
