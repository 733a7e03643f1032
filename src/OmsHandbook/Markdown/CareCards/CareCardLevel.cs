using Markdig.Syntax;

namespace OmsHandbook.Markdown.CareCards;

/// <summary>The three urgency levels of the NHS "decide when and where to get care" cards.</summary>
public enum CareCardLevel
{
    NonUrgent,
    Urgent,
    Emergency,
}

/// <summary>How each level is written in Markdown and announced to screen readers.</summary>
public static class CareCardLevels
{
    /// <summary>The names of the levels as written after the fence, mildest first.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<CareCardLevel>().Select(level => level.CssName()).ToList();

    public static CareCardLevel? Parse(string? info) => info switch
    {
        "non-urgent" => CareCardLevel.NonUrgent,
        "urgent" => CareCardLevel.Urgent,
        "emergency" => CareCardLevel.Emergency,
        _ => null,
    };

    public static string CssName(this CareCardLevel level) => level switch
    {
        CareCardLevel.NonUrgent => "non-urgent",
        CareCardLevel.Urgent => "urgent",
        _ => "emergency",
    };

    /// <summary>The visually hidden prefix, so urgency never rests on colour alone.</summary>
    public static string HiddenPrefix(this CareCardLevel level, MarkdownWords words) => level switch
    {
        CareCardLevel.NonUrgent => words.NonUrgentCard,
        CareCardLevel.Urgent => words.UrgentCard,
        _ => words.EmergencyCard,
    };

    /// <summary>Whether a block sits inside an emergency card.</summary>
    public static bool IsInEmergencyCard(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CareCard { Level: CareCardLevel.Emergency })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most bullets a card may carry: urgent cards may add a catch-all sixth.</summary>
    public static int MaxBullets(this CareCardLevel level) => level == CareCardLevel.Urgent ? 6 : 5;
}
