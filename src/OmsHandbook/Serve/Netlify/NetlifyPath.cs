using System.Text;
using System.Text.RegularExpressions;

namespace OmsHandbook.Serve.Netlify;

/// <summary>
/// A path pattern as Netlify matches it in header and redirect rules: `:name` stands for one path
/// segment, a lone `*` for the rest of the path (its text is `:splat`), and a trailing slash is optional.
/// </summary>
public sealed class NetlifyPath
{
    private const string Splat = "splat";
    private readonly Regex regex;

    public NetlifyPath(string pattern)
    {
        Pattern = pattern.Trim();
        var parts = Pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(ToRegex);
        regex = new Regex("^/" + string.Join('/', parts) + "/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    /// <returns>The placeholders' values by name (and "splat"), or null when the path does not match.</returns>
    public IReadOnlyDictionary<string, string>? Match(string path)
    {
        var match = regex.Match(path);
        if (!match.Success)
        {
            return null;
        }

        return regex.GetGroupNames()
            .Where(name => !char.IsAsciiDigit(name[0]))
            .ToDictionary(name => name, name => match.Groups[name].Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Fills `:name` and `:splat` in a redirect target (an address) with what the decoded path
    /// matched, encoded again: a '?' or '#' the path held stays part of the path.
    /// </summary>
    public static string Fill(string target, IReadOnlyDictionary<string, string> values)
    {
        var filled = new StringBuilder(target);
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            filled.Replace(":" + name, UrlPath.Encode(value));
        }

        return filled.ToString();
    }

    private static string ToRegex(string part)
    {
        if (part.StartsWith(':') && part.Length > 1)
        {
            var name = new string(part[1..].Where(char.IsAsciiLetterOrDigit).ToArray());
            return name.Length > 0 && !char.IsAsciiDigit(name[0]) ? $"(?<{name}>[^/]+)" : "[^/]+";
        }

        if (part == "*")
        {
            // A lone star may also match nothing, so "/assets/*" covers "/assets" too, as on Netlify.
            return $"?(?<{Splat}>.*)";
        }

        return string.Join(".*", part.Split('*').Select(Regex.Escape));
    }
}
