using System.Text.RegularExpressions;

namespace OmsHandbook.Serve.Netlify;

/// <summary>
/// What the preview takes from netlify.toml: the header rules and the redirects, in file order, so
/// the preview answers as the hosted site does; and what it left out, and why.
/// </summary>
public sealed partial record NetlifyConfig(IReadOnlyList<HeaderRule> Headers, IReadOnlyList<RedirectRule> Redirects)
{
    public const string FileName = "netlify.toml";

    public static NetlifyConfig Empty { get; } = new([], []);

    /// <summary>Headers left out because HTTP does not allow them: every response would fail with them.</summary>
    public IReadOnlyList<NetlifyProblem> Problems { get; init; } = [];

    /// <exception cref="TomlException">The text is not TOML, or a rule lacks what Netlify needs.</exception>
    public static NetlifyConfig Parse(string text)
    {
        var toml = TomlReader.Parse(text);
        var problems = new List<NetlifyProblem>();
        var headers = toml.Tables("headers").Select((rule, i) => ReadHeaderRule(rule, i + 1, problems)).ToList();
        var redirects = toml.Tables("redirects").Select((rule, i) => ReadRedirectRule(rule, i + 1)).ToList();
        return new NetlifyConfig(headers, redirects) { Problems = problems };
    }

    /// <summary>
    /// The headers every matching rule sets on a path. When several matching rules set the same
    /// header, the values are joined with commas, which is what makes overlapping Cache-Control rules
    /// a mistake worth seeing in the preview.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> HeadersFor(string path)
    {
        var merged = new List<KeyValuePair<string, string>>();
        foreach (var rule in Headers.Where(r => r.For.Match(path) is not null))
        {
            foreach (var (name, value) in rule.Values)
            {
                var at = merged.FindIndex(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                {
                    merged.Add(new(name, value));
                }
                else
                {
                    merged[at] = new(merged[at].Key, merged[at].Value + ", " + value);
                }
            }
        }

        return merged;
    }

    private static HeaderRule ReadHeaderRule(TomlTable rule, int number, List<NetlifyProblem> problems)
    {
        var path = rule.Text("for") ?? throw Invalid($"[[headers]] rule {number} needs for = \"/path\"");
        var values = rule.Table("values") ?? throw Invalid($"[[headers]] rule {number} needs a [headers.values] table");
        var list = new List<KeyValuePair<string, string>>();
        foreach (var key in values.Keys)
        {
            var name = key.Trim();
            var value = values[key] switch
            {
                string text => Normalize(text),
                List<object> items when items.All(i => i is string) => string.Join(", ", items.Cast<string>().Select(i => i.Trim())),
                _ => throw Invalid($"header '{name}' in [[headers]] rule {number} must be text or a list of text"),
            };

            // Each header is judged alone: one bad value drops that header, never the rule or the file.
            if (HeaderField.NameProblem(name) is { } badName)
            {
                problems.Add(new NetlifyProblem(values.KeyAt(key), badName));
            }
            else if (HeaderField.ValueProblem(name, value) is { } badValue)
            {
                problems.Add(new NetlifyProblem(values.ValueAt(key), badValue));
            }
            else
            {
                list.Add(new(name, value));
            }
        }

        return new HeaderRule(new NetlifyPath(path), list);
    }

    private static RedirectRule ReadRedirectRule(TomlTable rule, int number)
    {
        var from = rule.Text("from") ?? throw Invalid($"[[redirects]] rule {number} needs from = \"/old-path\"");
        var to = rule.Text("to") ?? throw Invalid($"[[redirects]] rule {number} needs to = \"/new-path\"");
        return new RedirectRule(new NetlifyPath(from), to, (int)(rule.Number("status") ?? 301), rule.Flag("force") ?? false);
    }

    /// <summary>As Netlify does: trimmed, and a value written over several lines becomes one comma-separated line.</summary>
    private static string Normalize(string value) => string.Join(", ", CommaWithSpace().Split(value.Trim()));

    private static TomlException Invalid(string reason) => new(1, 1, reason);

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex CommaWithSpace();
}
