using System.Globalization;
using System.Text;

namespace OmsHandbook.Search;

/// <summary>
/// Lower-cases text and folds accents and special letters, so "Café", "CAFE" and "café" are one word.
/// The search script's normalise.js does exactly the same with this table (<see cref="SearchScriptConstants"/>);
/// the shared test vectors keep the two in step.
/// </summary>
public static class UnicodeFolding
{
    /// <summary>Letters compatibility decomposition leaves whole, spelt the way English readers type them.</summary>
    internal static readonly Dictionary<Rune, string> Special = new()
    {
        [new Rune('ß')] = "ss", [new Rune('æ')] = "ae", [new Rune('œ')] = "oe", [new Rune('ø')] = "o",
        [new Rune('ð')] = "d", [new Rune('þ')] = "th", [new Rune('ł')] = "l", [new Rune('đ')] = "d",
        [new Rune('ı')] = "i", [new Rune('ς')] = "σ",
    };

    public static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        // Decompose first, so a capital with a mark ("İ", "É") lower-cases to its plain letter plus a mark we drop.
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var lower = Rune.ToLowerInvariant(rune);
            if (Rune.GetUnicodeCategory(lower) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Special.TryGetValue(lower, out var replacement))
            {
                builder.Append(replacement);
            }
            else
            {
                builder.Append(lower.ToString());
            }
        }

        return builder.ToString();
    }
}
