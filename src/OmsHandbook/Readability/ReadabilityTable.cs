using System.Globalization;
using System.Text;

namespace OmsHandbook.Readability;

/// <summary>The `--report` table: one row per page, as Markdown so it can go straight into a note or pull request.</summary>
public static class ReadabilityTable
{
    public static string Format(IReadOnlyList<PageReadability> pages, double ceiling)
    {
        var rows = pages.Select(p => new[]
        {
            p.Page,
            p.Audience.ToString().ToLowerInvariant(),
            p.Words.ToString(CultureInfo.InvariantCulture),
            p.SentenceCount.ToString(CultureInfo.InvariantCulture),
            p.Smog.ToString("0.0", CultureInfo.InvariantCulture) + (p.ReadByFamilies && p.Smog > ceiling ? " (over)" : ""),
            (p.LongestSentence?.Words ?? 0).ToString(CultureInfo.InvariantCulture),
        }).ToList();
        string[] header = ["page", "audience", "words", "sentences", "SMOG", "longest sentence (words)"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Readability (SMOG grade; ceiling {ceiling.ToString("0.#", CultureInfo.InvariantCulture)} for pages families read)");
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            // Numbers line up on the right, names on the left.
            var cell = i >= 2 ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
            text.Append(' ').Append(cell).Append(" |");
        }

        text.AppendLine();
    }
}
