using System.Text.RegularExpressions;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.ContentLint;

/// <summary>
/// Finds sentences that tell the reader to call someone or go somewhere in words that are not on the
/// site's urgency scale, so one sign is never "today" on one page and "straight away" on another.
/// </summary>
public static partial class UrgencyLint
{
    public static void Check(IEnumerable<ProseBlock> prose, UrgencyScale? urgency, DiagnosticBag diagnostics)
    {
        if (urgency is null || urgency.Levels.Count == 0)
        {
            return;
        }

        foreach (var block in prose)
        {
            foreach (Match match in Instruction().Matches(block.Text))
            {
                var start = block.Text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, match.Index - 1)) + 1;
                var end = block.Text.IndexOfAny(['.', '!', '?'], match.Index + match.Length);
                var sentence = block.Text[start..(end < 0 ? block.Text.Length : end)];
                // A question asks what to do; only an instruction needs the scale's words.
                if ((end >= 0 && block.Text[end] == '?') || urgency.Levels.Any(l => sentence.Contains(l.Words, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                diagnostics.Warning(DiagnosticCodes.UrgencyOffScale, block.LocationOf(match.Index),
                    $"'{match.Value}' tells the reader when to act in words that are not on the urgency scale in site.yml; say it with one of: '{string.Join("', '", urgency.Levels.Select(l => l.Words))}'");
                break;
            }
        }
    }

    // An instruction to call or go: the verb opens a sentence or clause ("Call your team.", "…, or go
    // to A&E") or follows "you should/must/can", and has an object that is a person, a number or a place.
    // "Doctors call this opsoclonus" or "the team will call you" are descriptions, not instructions.
    [GeneratedRegex(@"(?<=(?:^|[.!?:;]\s+|,\s+|\b(?:and|or|then|please|always|immediately|first)\s+|\byou\s+(?:should|must|can|could|may|need\s+to)\s+))(?:call|phone|ring|contact)\s+(?:your|the|a|an|999|111|911|112|000|for\s+help|an\s+ambulance)\b|(?<=(?:^|[.!?:;]\s+|,\s+|\b(?:and|or|then|please|always|immediately|first)\s+|\byou\s+(?:should|must|can|could|may|need\s+to)\s+))(?:go|get)\s+(?:straight\s+)?to\s+(?:a&e|hospital|urgent\s+care|the\s+(?:nearest|emergency|hospital))\b|(?<=(?:^|[.!?:;]\s+|,\s+|\b(?:and|or|then|please|always|immediately|first)\s+))(?:get|seek)\s+(?:urgent\s+|medical\s+)?help\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();
}
