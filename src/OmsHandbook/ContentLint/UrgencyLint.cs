using System.Text.RegularExpressions;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.ContentLint;

/// <summary>
/// Finds sentences that tell the reader to call someone or go somewhere in words that are not on the
/// site's urgency scale, so one sign is never "today" on one page and "straight away" on another.
/// The instructions are looked for in the edition's language, as the scale's words are in it.
/// </summary>
public static partial class UrgencyLint
{
    public static void Check(IEnumerable<ProseBlock> prose, UrgencyScale? urgency, ProseLanguage language, DiagnosticBag diagnostics)
    {
        if (urgency is null || urgency.Levels.Count == 0)
        {
            return;
        }

        var instruction = language == ProseLanguage.Spanish ? SpanishInstruction() : Instruction();
        foreach (var block in prose)
        {
            foreach (Match match in instruction.Matches(block.Text))
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
    [GeneratedRegex(@"(?<=(?:^|[.!?:;]\s+|,\s+|\b(?:and|or|then|please|always|immediately|first)\s+|\byou\s+(?:should|must|can|could|may|need\s+to)\s+))(?:call|phone|ring|contact)\s+(?:your|their|the|a|an|999|111|911|112|000|for\s+help|an\s+ambulance)\b|(?<=(?:^|[.!?:;]\s+|,\s+|\b(?:and|or|then|please|always|immediately|first)\s+|\byou\s+(?:should|must|can|could|may|need\s+to)\s+))(?:go|get)\s+(?:straight\s+)?to\s+(?:a&e|hospital|urgent\s+care|the\s+(?:nearest|emergency|hospital))\b|(?<=(?:^|[.!?:;]\s+|,\s+|\b(?:and|or|then|please|always|immediately|first)\s+))(?:get|seek)\s+(?:urgent\s+|medical\s+)?help\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();

    // Where a Spanish instruction starts: a sentence or clause ("Llame a su equipo.", "…, o vaya a
    // urgencias"), perhaps after ¡ or «; or, with the verb in the infinitive, "debe", "puede", "hay que"
    // and the like opening one ("Debe llamar al equipo"). Spanish leaves out "usted", so a modal counts
    // only where no subject comes before it: "su hijo puede ir al hospital" describes, not instructs.
    private const string SpanishClauseOpening = @"(?:^|[.!?:;]\s+|,\s+|\b(?:y|o|u|e|luego|despu[eé]s|entonces|siempre|inmediatamente|enseguida|primero|por\s+favor)\s+)[¡«""“(]?";
    private const string SpanishClauseStart = "(?<=" + SpanishClauseOpening + ")";
    private const string SpanishAfterModal = "(?<=" + SpanishClauseOpening + @"(?:usted\s+|ustedes\s+)?(?:debe|deben|deber[ií]a|deber[ií]an|puede|pueden|podr[ií]a|podr[ií]an|tiene\s+que|tienen\s+que|hay\s+que|necesita|necesitan)\s+)";
    private const string SpanishSoon = @"(?:(?:ahora|hoy|enseguida|inmediatamente|de\s+inmediato|r[aá]pidamente|cuanto\s+antes|urgentemente|tambi[eé]n|siempre|primero)\s+)?";
    private const string SpanishPlace = @"(?:a\s+urgencias|al?\s+(?:un\s+)?hospital|al\s+servicio\s+de\s+urgencias|a\s+(?:la\s+)?sala\s+de\s+emergencias|a\s+emergencias|al\s+(?:hospital|centro\s+de\s+salud|servicio\s+de\s+urgencias)\s+m[aá]s\s+cercano)\b";
    private const string SpanishChild = @"(?:(?:a\s+)?(?:su\s+hij[oa]|al\s+niñ[oa]|a\s+la\s+niña)\s+)?";

    // The Spanish of Instruction, in the usted form the handbook speaks in: "llame a su equipo",
    // "llame al 112", "contacte con", "póngase en contacto con", "vaya a urgencias", "lleve a su hijo al
    // hospital", "busque ayuda médica", "pida atención urgente"; "debe llamar a", "hay que acudir a
    // urgencias". "Los médicos lo llaman opsoclono", "el equipo le llamará" and "a quién llamar" describe
    // rather than instruct, and "llame primero por teléfono" names no one to call.
    [GeneratedRegex(
        SpanishClauseStart + @"(?:llame|llamen|telefonee|telefoneen)\s+" + SpanishSoon + @"(?:a|al|para\s+pedir\s+ayuda)\b"
        + "|" + SpanishClauseStart + @"(?:contacte|contacten|p[oó]ngase\s+en\s+contacto|p[oó]nganse\s+en\s+contacto)\s+" + SpanishSoon + @"(?:con|a|al)\b"
        + "|" + SpanishClauseStart + @"(?:vaya|vayan|acuda|acudan|lleve|lleven)\s+" + SpanishChild + SpanishSoon + SpanishPlace
        + "|" + SpanishClauseStart + @"(?:busque|busquen|consiga|consigan)\s+(?:ayuda|atenci[oó]n)(?:\s+(?:m[eé]dica|urgente|de\s+urgencia))?\b"
        + "|" + SpanishClauseStart + @"(?:pida|pidan)\s+(?:ayuda|atenci[oó]n)\s+(?:m[eé]dica|urgente|de\s+urgencia)\b"
        + "|" + SpanishAfterModal + @"(?:llamar|telefonear)\s+" + SpanishSoon + @"(?:a|al)\b"
        + "|" + SpanishAfterModal + @"(?:contactar|ponerse\s+en\s+contacto)\s+" + SpanishSoon + @"(?:con|a|al)\b"
        + "|" + SpanishAfterModal + @"(?:ir|acudir|llevar(?:lo|la)?)\s+" + SpanishChild + SpanishSoon + SpanishPlace
        + "|" + SpanishAfterModal + @"(?:buscar|conseguir)\s+(?:ayuda|atenci[oó]n)(?:\s+(?:m[eé]dica|urgente|de\s+urgencia))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishInstruction();
}
