using System.Globalization;

namespace OmsHandbook.Bench.Corpus;

/// <summary>Small text helpers: sentence case, YAML quoting, invariant numbers.</summary>
public static class Text
{
    /// <summary>"your child" -> "Your child".</summary>
    public static string Capital(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Your child" -> "your child", but "MRI scans" and "NKT" keep their capitals.</summary>
    public static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>A double-quoted YAML scalar.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
