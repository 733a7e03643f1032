using System.Text;
using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>
/// The fingerprint of an original page's text that a translation records in its source_hash, so the
/// build can tell when the original has changed since. A hash of the words alone, never a date from
/// git: builds must not depend on history, and a pull request's checkout is shallow.
/// </summary>
public static class TranslationSource
{
    /// <summary>Hex digits kept: enough that an edit never goes unnoticed, short enough to copy into front matter.</summary>
    public const int Length = 16;

    /// <summary>
    /// The hash of a page's title, description and body, with line endings and trailing spaces made
    /// plain, so saving the same words on another machine does not make every translation "behind".
    /// Review dates and other front matter are left out: a new review date alone changes no words.
    /// </summary>
    public static string HashOf(ContentPage page)
    {
        var text = new StringBuilder()
            .Append(page.Meta.Title).Append('\n')
            .Append(page.Meta.Description).Append('\n');
        foreach (var line in page.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            text.Append(line.TrimEnd()).Append('\n');
        }

        return ContentHash.Of(Encoding.UTF8.GetBytes(text.ToString().TrimEnd('\n')))[..Length].ToLowerInvariant();
    }

    /// <summary>Whether a translation records a hash other than its original's today (or none).</summary>
    public static bool IsBehind(ContentPage translation, ContentPage original) =>
        !string.Equals(translation.Meta.SourceHash?.Value, HashOf(original), StringComparison.OrdinalIgnoreCase);
}
