using System.Text.RegularExpressions;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;

namespace OmsHandbook.ContentLint;

/// <summary>
/// Reads a page's prose for what a reviewer would otherwise have to catch: claims the evidence
/// contradicts, figures with no source beside them, and drug doses on pages families read.
/// </summary>
public static partial class ContentLinter
{
    /// <summary>Lints prose written in <paramref name="language"/>: its claims are looked for as that language states them.</summary>
    public static void Check(IEnumerable<ProseBlock> prose, Audience audience, ProseLanguage language, DiagnosticBag diagnostics)
    {
        var claims = KnownWrongClaims.For(language);
        var spanish = language == ProseLanguage.Spanish;
        var (negation, refutation) = spanish ? (SpanishNegation(), SpanishRefutation()) : (Negation(), Refutation());
        var (figures, doses) = spanish ? (SpanishFigure(), SpanishDose()) : (Figure(), Dose());
        foreach (var block in prose)
        {
            CheckClaims(block, claims, negation, refutation, diagnostics);
            if (block.Kind != ProseKind.Heading && !block.Cited && figures.Match(block.Text) is { Success: true } figure)
            {
                diagnostics.Warning(DiagnosticCodes.UncitedFigure, block.LocationOf(figure.Index),
                    $"'{figure.Value}' is a figure with no citation in the same paragraph; cite its source right after it, e.g. [@pang2010]");
            }

            if (audience != Audience.Clinicians && doses.Match(block.Text) is { Success: true } dose)
            {
                diagnostics.Error(DiagnosticCodes.DoseOnFamilyPage, block.LocationOf(dose.Index),
                    $"'{dose.Value}' looks like a drug dose on a page families read; doses belong only on clinician pages, attributed to a published source");
            }
        }
    }

    private static void CheckClaims(ProseBlock block, IReadOnlyList<KnownWrongClaim> claims, Regex negation, Regex refutation, DiagnosticBag diagnostics)
    {
        foreach (var claim in claims.Where(c => c.MayBeIn(block.Text)))
        {
            foreach (Match match in claim.Pattern.Matches(block.Text))
            {
                if (IsAskedOrRefuted(block.Text, match, negation, refutation))
                {
                    continue;
                }

                diagnostics.Error(DiagnosticCodes.KnownWrongClaim, block.LocationOf(match.Index),
                    $"'{match.Value}' repeats a claim the evidence contradicts: {claim.Why}; {claim.Instead}");
            }
        }
    }

    /// <summary>
    /// Whether the sentence around a match asks about the claim or refutes it rather than making it:
    /// "Does removing the tumour cure OMS?", "There is no proof that vaccines cause OMS", "Some
    /// websites say OMS is also called nystagmus, but this is wrong". A negation counts only before
    /// the claim, so "seizures are common, not rare" is still caught. Spanish asks and refutes the same
    /// ways: "¿El SOM es hereditario?", "No se ha demostrado que las vacunas causen el SOM".
    /// </summary>
    private static bool IsAskedOrRefuted(string text, Match match, Regex negation, Regex refutation)
    {
        var start = text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, match.Index - 1)) + 1;
        var end = text.IndexOfAny(['.', '!', '?'], match.Index + match.Length);
        if (end >= 0 && text[end] == '?')
        {
            return true;
        }

        var sentence = text[start..(end < 0 ? text.Length : end)];
        return negation.IsMatch(text[start..match.Index]) || refutation.IsMatch(sentence);
    }

    [GeneratedRegex(@"\b(?:no|not|never|nor|cannot|without)\b|n['’]t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:wrong|untrue|false|myths?|incorrect|mistaken|misleading|outdated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refutation();

    // "Sin embargo" is "however", not a negation.
    [GeneratedRegex(@"\b(?:no|nunca|jam[aá]s|ni|tampoco|ning[uú]n|ninguna|ninguno|nadie|nada)\b|\bsin\b(?!\s+embargo\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishNegation();

    [GeneratedRegex(@"\b(?:fals[oa]s?|mitos?|err[oó]ne[oa]s?|incorrect[oa]s?|equivocad[oa]s?|engaños[oa]s?|desactualizad[oa]s?|obsolet[oa]s?|error(?:es)?|bulos?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishRefutation();

    // Percentages and rates: "58%", "60 per cent", "0.18 per million", "about 8 in 10", "1 in 5 million".
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b)|\b\d+(?:[.,]\d+)?\s+per\s+(?:million|thousand|hundred|\d[\d,]*)\b|\b\d+(?:[.,]\d+)?\s+(?:in|out\s+of)\s+(?:every\s+)?\d[\d,.]*(?:\s+million)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    // "20 mg/m²", "1 g/kg", "75 IU", "2 mg" — an amount with a unit of medicine.
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?|g|IU|units?|ml|mL)(?:\s?/\s?(?:kg|m²|m2|day|dose))?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Dose();

    // The same figures as Spanish writes them: "58 %", "60 por ciento", "6 de cada 10", "1 de cada 5
    // millones", "0,18 casos nuevos por cada millón".
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?:%|por\s?ciento\b)|\b\d+(?:[.,]\d+)?\s+(?:de|por)\s+cada\s+\d[\d.,]*(?:\s+millones)?\b|\b\d+(?:[.,]\d+)?\s+(?:[\p{L}]+\s+){0,3}?por\s+(?:cada\s+)?(?:mill[oó]n|mil|cien)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishFigure();

    // The same doses as Spanish writes them: "20 mg/m²", "1 g/kg", "75 UI", "2 mg/día". "Unidades"
    // alone is left out: "3 unidades" is as often a hospital's wards as a dose.
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|microgramos?|miligramos?|g|gramos?|UI|unidades\s+internacionales|ml|mL)(?:\s?/\s?(?:kg|m²|m2|d[ií]a|dosis))?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishDose();
}
