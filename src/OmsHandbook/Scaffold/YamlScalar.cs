using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OmsHandbook.Scaffold;

/// <summary>Writes text as a YAML value: plain when YAML reads it back as the same text, else in double quotes.</summary>
public static partial class YamlScalar
{
    private static readonly HashSet<string> Words = new(["true", "false", "yes", "no", "on", "off", "null", "~"], StringComparer.OrdinalIgnoreCase);

    public static string Write(string text) =>
        Plain().IsMatch(text) && !Words.Contains(text) && !LooksLikeNumberOrDate().IsMatch(text) ? text : Quoted(text);

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // Letters and digits first, then only characters that mean nothing to YAML in the middle of a value.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ,.'’()?!/&+\-]*(?<! )$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[-+0-9.:_ eE]+$")]
    private static partial Regex LooksLikeNumberOrDate();
}
