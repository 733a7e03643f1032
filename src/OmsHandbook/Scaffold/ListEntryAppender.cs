using System.Text.RegularExpressions;

namespace OmsHandbook.Scaffold;

/// <summary>
/// Appends one entry to a YAML data file that is a list (glossary.yml, faq.yml). Every existing byte
/// stays as it was, comments and formatting included; the entry follows the file's own indentation
/// and blank-line habit, and the result is read back with the real loader before anything is written.
/// </summary>
public static partial class ListEntryAppender
{
    /// <param name="entry">The entry's lines: the first starts with "- ", the others are indented under it.</param>
    /// <param name="read">Reads a version of the file with the real loader: how many entries, how many diagnostics.</param>
    /// <returns>The 1-based line the new entry starts on, or null when the file would not read back with exactly one more entry.</returns>
    public static int? Append(string path, string schemaName, IReadOnlyList<string> entry, Func<string, (int Entries, int Diagnostics)> read)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var firstItem = ListItem().Match(existing);
        var indent = firstItem.Success ? firstItem.Groups["indent"].Value : "";

        var prefix = existing.Length == 0
            ? $"# yaml-language-server: $schema=../schemas/{schemaName}.schema.json{newline}"
            : existing.EndsWith('\n') ? "" : newline;
        var separatedByBlankLines = Regex.IsMatch(existing, @"\n[ \t]*\r?\n" + Regex.Escape(indent) + "- ", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (separatedByBlankLines && !existing.EndsWith(newline + newline, StringComparison.Ordinal))
        {
            prefix += newline;
        }

        var addition = prefix + string.Concat(entry.Select(line => indent + line + newline));
        var before = read(existing);
        var after = read(existing + addition);
        if (after.Entries != before.Entries + 1 || after.Diagnostics != before.Diagnostics)
        {
            return null;
        }

        File.AppendAllText(path, addition);
        return (existing + prefix).Count(c => c == '\n') + 1;
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)- ", RegexOptions.Multiline)]
    private static partial Regex ListItem();
}
