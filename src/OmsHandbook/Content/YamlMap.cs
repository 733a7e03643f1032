using System.Globalization;
using OmsHandbook.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OmsHandbook.Content;

/// <summary>
/// Reads typed values out of one YAML mapping. Each problem is reported at the node's own line and
/// column; keys that were never asked for are reported as unknown, with the nearest known key.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly InputFile file;
    private readonly int lineOffset;
    private readonly DiagnosticBag diagnostics;
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, InputFile file, int lineOffset, DiagnosticBag diagnostics)
    {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
    }

    public SourceLocation Location => At(node);

    /// <summary>Wraps a node that must be a mapping; reports what it is otherwise.</summary>
    public static YamlMap? From(YamlNode? node, InputFile file, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, file, lineOffset, diagnostics);
        }

        var location = node is null ? SourceLocation.StartOf(file.DisplayPath) : YamlText.LocationOf(node, file, lineOffset);
        diagnostics.Error(DiagnosticCodes.InvalidValue, location,
            $"{what} must be a set of 'key: value' lines");
        return null;
    }

    /// <summary>Reads a data file that is a list of entries, each a mapping starting with <paramref name="firstKey"/>.</summary>
    public static IEnumerable<YamlMap> ListOf(InputFile file, DiagnosticBag diagnostics, string firstKey, string what)
    {
        var root = YamlText.Parse(file, file.Text, 0, diagnostics);
        if (root is null)
        {
            yield break;
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, YamlText.LocationOf(root, file, 0),
                $"{Path.GetFileName(file.FullPath)} must be a list of entries, each starting with '- {firstKey}:'");
            yield break;
        }

        foreach (var item in list.Children)
        {
            if (From(item, file, 0, diagnostics, what) is { } map)
            {
                yield return map;
            }
        }
    }

    public SourceLocation At(YamlNode n) => YamlText.LocationOf(n, file, lineOffset);

    /// <summary>Where a key's value is, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } value ? At(value) : Location;

    public IEnumerable<(string Key, YamlNode Value, SourceLocation Location)> Entries()
    {
        foreach (var (key, value) in node.Children)
        {
            var name = YamlText.KeyName(key);
            asked.Add(name);
            yield return (name, value, At(key));
        }
    }

    public string? RequiredString(string key)
    {
        var value = OptionalString(key);
        if (string.IsNullOrWhiteSpace(value) && Find(key) is null or YamlScalarNode)
        {
            var where = Find(key) is { } n ? At(n) : Location;
            diagnostics.Error(DiagnosticCodes.MissingField, where,
                $"'{key}' is required and must not be empty; add a line '{key}: …'");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public string? OptionalString(string key)
    {
        if (Find(key) is not { } value)
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, At(value),
            $"'{key}' must be a single value, not a list or a nested block");
        return null;
    }

    /// <summary>An optional value, trimmed, with where it is written, for a message that points at it.</summary>
    public Located<string>? LocatedString(string key) =>
        OptionalString(key) is { } value ? new Located<string>(value.Trim(), LocationOf(key)) : null;

    /// <summary>A required value that the build writes into another file or an address; one without its syntax is reported at its line and read as missing.</summary>
    public string? RequiredString(string key, PublishedValue syntax) => Checked(key, RequiredString(key), syntax);

    /// <summary>An optional value that the build writes into another file or an address; one without its syntax is reported at its line and read as absent.</summary>
    public string? OptionalString(string key, PublishedValue syntax) => Checked(key, OptionalString(key), syntax);

    /// <summary>A list of values that the build writes into another file; each one without its syntax is reported at its line and left out.</summary>
    public IReadOnlyList<Located<string>> StringList(string key, PublishedValue syntax) =>
        StringList(key).Where(item => Checked(key, item.Value, syntax, item.Location) is not null).ToList();

    private string? Checked(string key, string? value, PublishedValue syntax, SourceLocation? at = null)
    {
        if (value is null || syntax.Problem(value) is not { } problem)
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, at ?? LocationOf(key), $"'{key}' {problem}; it is '{Shown(value)}'");
        return null;
    }

    /// <summary>A value as a message can show it on one line: control characters as \u escapes.</summary>
    private static string Shown(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString()));

    public (string Text, SourceLocation Location)? RequiredMarkdown(string key)
    {
        var text = RequiredString(key);
        if (text is null || Find(key) is not YamlScalarNode scalar)
        {
            return null;
        }

        // A block scalar ('|' or '>') starts on the line after its indicator, at its content's indent.
        var start = At(scalar);
        var isBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        return (text, isBlock ? BlockContentStart(start.Line + 1) : start);
    }

    /// <summary>The line, with the indent of the first line from it that is not blank as the column.</summary>
    private SourceLocation BlockContentStart(int line)
    {
        // Walks the text instead of splitting it: a glossary asks this once per term.
        var text = file.Text;
        var at = 0;
        for (var n = 1; n < line && at >= 0; n++)
        {
            at = text.IndexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }

        while (at >= 0 && at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            var content = text.AsSpan(at, (end < 0 ? text.Length : end) - at);
            if (!content.Trim().IsEmpty)
            {
                return new SourceLocation(file.DisplayPath, line, content.Length - content.TrimStart(' ').Length + 1);
            }

            at = end < 0 ? -1 : end + 1;
        }

        return new SourceLocation(file.DisplayPath, line, 1);
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, At(Find(key)!),
            $"'{key}' must be a whole number, but it is '{text}'");
        return null;
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.InvalidDate, At(Find(key)!),
            $"'{key}' must be a real date written as YYYY-MM-DD, but it is '{text}'");
        return null;
    }

    public DateOnly? RequiredDate(string key)
    {
        if (Find(key) is null || OptionalString(key) is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingField, Find(key) is { } n ? At(n) : Location,
                $"'{key}' is required; add a line '{key}: YYYY-MM-DD'");
            return null;
        }

        return OptionalDate(key);
    }

    public T? OptionalEnum<T>(string key)
        where T : struct, Enum
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        diagnostics.Error(DiagnosticCodes.InvalidValue, At(Find(key)!),
            $"'{key}' must be one of {allowed}, but it is '{text}'");
        return null;
    }

    /// <summary>A list of strings; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<Located<string>> StringList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value) ? [] : [new Located<string>(scalar.Value!, At(scalar))];
            case YamlSequenceNode sequence:
                var list = new List<Located<string>>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                    {
                        list.Add(new Located<string>(s.Value!, At(s)));
                    }
                    else
                    {
                        diagnostics.Error(DiagnosticCodes.InvalidValue, At(item),
                            $"every item of '{key}' must be a plain, non-empty value");
                    }
                }

                return list;
            case var other:
                diagnostics.Error(DiagnosticCodes.InvalidValue, At(other),
                    $"'{key}' must be a list, e.g. '{key}: [first, second]'");
                return [];
        }
    }

    public YamlMap? OptionalMap(string key, string what) =>
        Find(key) is { } value ? From(value, file, lineOffset, diagnostics, what) : null;

    /// <summary>Warns about every key nobody asked for, suggesting the nearest known one.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (key, _) in node.Children)
        {
            var name = YamlText.KeyName(key);
            if (asked.Contains(name))
            {
                continue;
            }

            var suggestion = Suggest.Nearest(name, asked);
            var hint = suggestion is null ? "remove it" : $"did you mean '{suggestion}'?";
            diagnostics.Warning(DiagnosticCodes.UnknownField, At(key), $"unknown field '{name}' is ignored; {hint}");
        }
    }

    private YamlNode? Find(string key)
    {
        asked.Add(key);
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
