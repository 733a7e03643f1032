using System.Globalization;
using System.Text;

namespace OmsHandbook.Content;

/// <summary>Turns text into a URL- and id-safe slug: lower-case ASCII letters and digits joined by hyphens.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
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
            else if (c is not '\'' and not '\u2019')
            {
                // Apostrophes vanish ("child's" -> "childs"); every other run of symbols is one hyphen.
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
