using System.Globalization;
using System.Text;

namespace OmsHandbook.Serve.Netlify;

/// <summary>
/// What HTTP allows in a header's name and value (RFC 9110: a name is a token; a value is visible
/// ASCII, spaces and tabs). The server refuses anything else on every response it would be sent
/// with, so netlify.toml is held to this when it is read.
/// </summary>
public static class HeaderField
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <returns>Why the name cannot be a header's, or null when it can.</returns>
    public static string? NameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "a header needs a name";
        }

        foreach (var rune in name.EnumerateRunes())
        {
            if (!rune.IsAscii || !(char.IsAsciiLetterOrDigit((char)rune.Value) || TokenSymbols.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                return $"the header name '{name}' holds {Describe(rune)}; a name may hold only ASCII letters, digits and {TokenSymbols}";
            }
        }

        return null;
    }

    /// <returns>Why the text cannot be a header's value, or null when it can.</returns>
    public static string? ValueProblem(string name, string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is not ((>= 0x20 and < 0x7F) or '\t'))
            {
                return $"the value of header '{name}' holds {Describe(rune)}; a header value may hold only visible ASCII characters, spaces and tabs, so write it in ASCII (percent-encode an address)";
            }
        }

        return null;
    }

    private static string Describe(Rune rune)
    {
        var code = "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        return Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"the control or space character {code}" : $"'{rune}' ({code})";
    }
}
