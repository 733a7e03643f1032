using System.Globalization;
using System.Text;

namespace OmsHandbook.Readability;

/// <summary>The `--report` table: one row per page, as Markdown so it can go straight into a note or pull request.</summary>
public static class ReadabilityTable
{
    /// <summary>One table per standard the pages were scored with (an English and a Spanish edition get one each), in the order the pages come.</summary>
    public static string Format(IReadOnlyList<PageReadability> pages) =>
        string.Join(Environment.NewLine, pages.GroupBy(p => p.Standard).Select(group => Format(group.ToList(), group.Key)));

    private static string Format(IReadOnlyList<PageReadability> pages, ReadabilityStandard standard)
    {
        var spanish = standard.Formula == ReadingFormula.SzigrisztPazos;
        var rows = pages.Select(p => new[]
        {
            p.Page,
            p.Audience.ToString().ToLowerInvariant(),
            p.Words.ToString(CultureInfo.InvariantCulture),
            p.SentenceCount.ToString(CultureInfo.InvariantCulture),
            p.Score.ToString("0.0", CultureInfo.InvariantCulture) + (p.TooHard ? (spanish ? " (under)" : " (over)") : ""),
            spanish ? Inflesz.Band(p.Score) : null,
            (p.LongestSentence?.Words ?? 0).ToString(CultureInfo.InvariantCulture),
        }.OfType<string>().ToArray()).ToList();
        string[] header = spanish
            ? ["page", "audience", "words", "sentences", "Szigriszt-Pazos", "INFLESZ", "longest sentence (words)"]
            : ["page", "audience", "words", "sentences", "SMOG", "longest sentence (words)"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        // Numbers line up on the right, names (the page, its audience, the INFLESZ band) on the left.
        var right = header.Select((h, i) => i >= 2 && h != "INFLESZ").ToArray();

        var text = new StringBuilder();
        var limit = standard.Limit.ToString(CultureInfo.InvariantCulture);
        text.AppendLine(spanish
            ? $"Readability (Szigriszt-Pazos index on the INFLESZ scale; floor {limit} for pages families read)"
            : $"Readability (SMOG grade; ceiling {limit} for pages families read)");
        AppendRow(text, header, widths, right);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths, right);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths, right);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths, bool[] right)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = right[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
            text.Append(' ').Append(cell).Append(" |");
        }

        text.AppendLine();
    }
}
