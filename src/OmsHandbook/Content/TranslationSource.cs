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
    public static string HashOf(ContentPage page) =>
        Hash(new StringBuilder().Append(page.Meta.Title).Append('\n').Append(page.Meta.Description).Append('\n'), page.Body);

    /// <summary>The hash of a FAQ entry's question and answer, made plain as a page's body is.</summary>
    public static string HashOf(FaqEntry entry) => Hash(new StringBuilder(), entry.Question + "\n" + entry.Answer);

    /// <summary>
    /// The hash of a glossary term and its definition. Its aliases are left out: they are the words
    /// that find it in each language, and a translation has its own.
    /// </summary>
    public static string HashOf(GlossaryTerm term) => Hash(new StringBuilder(), term.Term + "\n" + term.Definition);

    /// <summary>Whether a translation records a hash other than its original's today (or none).</summary>
    public static bool IsBehind(ContentPage translation, ContentPage original) => IsBehind(translation.Meta.SourceHash, HashOf(original));

    /// <summary>Whether any translated FAQ entry is behind the entry with its id (entries that pair with none are an error of their own).</summary>
    public static bool AnyBehind(IEnumerable<FaqEntry> translation, IEnumerable<FaqEntry> original) =>
        AnyBehind(translation.Select(f => (f.Id, f.SourceHash)), original.Select(f => (f.Id, HashOf(f))));

    /// <summary>Whether any translated glossary term is behind the term with its id.</summary>
    public static bool AnyBehind(IEnumerable<GlossaryTerm> translation, IEnumerable<GlossaryTerm> original) =>
        AnyBehind(translation.Select(t => (t.Slug, t.SourceHash)), original.Select(t => (t.Slug, HashOf(t))));

    private static bool AnyBehind(IEnumerable<(string Id, Located<string>? Recorded)> translation, IEnumerable<(string Id, string Hash)> original)
    {
        var now = original.DistinctBy(o => o.Id, StringComparer.Ordinal).ToDictionary(o => o.Id, o => o.Hash, StringComparer.Ordinal);
        return translation.Any(t => now.TryGetValue(t.Id, out var hash) && IsBehind(t.Recorded, hash));
    }

    private static bool IsBehind(Located<string>? recorded, string now) =>
        !string.Equals(recorded?.Value, now, StringComparison.OrdinalIgnoreCase);

    private static string Hash(StringBuilder text, string body)
    {
        foreach (var line in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            text.Append(line.TrimEnd()).Append('\n');
        }

        return ContentHash.Of(Encoding.UTF8.GetBytes(text.ToString().TrimEnd('\n')))[..Length].ToLowerInvariant();
    }
}
