using System.Globalization;
using System.Text;

namespace OmsHandbook.Bench.Corpus;

/// <summary>
/// The id the site generator gives a heading (lower-case ASCII words joined by hyphens, apostrophes
/// dropped), so generated links point at headings that exist. The corpus test builds the corpus, so a
/// drift from the generator's rule shows up as a broken-link error there.
/// </summary>
public static class HeadingSlug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
