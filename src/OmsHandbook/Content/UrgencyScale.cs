namespace OmsHandbook.Content;

/// <summary>The words a page uses to tell readers when to act, from site.yml's urgency_scale, each tied to one care-card level.</summary>
/// <param name="Card">The care-card level these words belong to: emergency, urgent or non-urgent.</param>
public sealed record UrgencyWords(string Card, string Words);

/// <summary>One edition's urgency scale: every way its pages may say when to act, most urgent first.</summary>
public sealed record UrgencyScale(IReadOnlyList<UrgencyWords> Levels)
{
    /// <summary>The care-card levels a scale may name, as a card is written after its ':::'.</summary>
    public static readonly IReadOnlyList<string> CardLevels = ["emergency", "urgent", "non-urgent"];

    /// <summary>The scale's words a care-card heading starts with, longest first so one phrase never hides a longer one; null when none.</summary>
    public UrgencyWords? StartOf(string heading) =>
        Levels.OrderByDescending(l => l.Words.Length)
            .FirstOrDefault(l => heading.StartsWith(l.Words, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> WordsFor(string card) => Levels.Where(l => l.Card == card).Select(l => l.Words);
}
