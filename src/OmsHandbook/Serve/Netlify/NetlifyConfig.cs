using System.Text.RegularExpressions;
using Tomlyn.Model;

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

    /// <exception cref="NetlifyConfigException">The text is not TOML, or a rule lacks what Netlify needs.</exception>
    public static NetlifyConfig Parse(string text)
    {
        var toml = TomlDocument.Parse(text);
        var problems = new List<NetlifyProblem>();
        var headers = toml.TableArray("headers").Select((rule, i) => ReadHeaderRule(toml, rule, i, problems)).ToList();
        var redirects = toml.TableArray("redirects").Select((rule, i) => ReadRedirectRule(toml, rule, i)).ToList();
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

    private static HeaderRule ReadHeaderRule(TomlDocument toml, TomlTable rule, int index, List<NetlifyProblem> problems)
    {
        var at = toml.TableArrayAt("headers", index);
        var number = index + 1;
        var path = Value(rule, "for") as string ?? throw Invalid(toml, rule, "for", at, $"[[headers]] rule {number} needs for = \"/path\"");
        var values = Value(rule, "values") as TomlTable ?? throw Invalid(toml, rule, "values", at, $"[[headers]] rule {number} needs a [headers.values] table");
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (key, raw) in values)
        {
            var name = key.Trim();
            var value = raw switch
            {
                string text => Normalize(text),
                TomlArray items when items.All(i => i is string) => string.Join(", ", items.Cast<string>().Select(i => i.Trim())),
                _ => throw Invalid(toml, values, key, at, $"header '{name}' in [[headers]] rule {number} must be text or a list of text"),
            };

            // Each header is judged alone: one bad value drops that header, never the rule or the file.
            if (HeaderField.NameProblem(name) is { } badName)
            {
                problems.Add(new NetlifyProblem(toml.KeyAt(values, key), badName));
            }
            else if (HeaderField.ValueProblem(name, value) is { } badValue)
            {
                problems.Add(new NetlifyProblem(toml.ValueAt(values, key), badValue));
            }
            else
            {
                list.Add(new(name, value));
            }
        }

        return new HeaderRule(new NetlifyPath(path), list);
    }

    private static RedirectRule ReadRedirectRule(TomlDocument toml, TomlTable rule, int index)
    {
        var at = toml.TableArrayAt("redirects", index);
        var number = index + 1;
        var from = Value(rule, "from") as string ?? throw Invalid(toml, rule, "from", at, $"[[redirects]] rule {number} needs from = \"/old-path\"");
        var to = Value(rule, "to") as string ?? throw Invalid(toml, rule, "to", at, $"[[redirects]] rule {number} needs to = \"/new-path\"");
        var status = Value(rule, "status") switch
        {
            null => 301,
            long code => (int)code,
            _ => throw Invalid(toml, rule, "status", at, $"status in [[redirects]] rule {number} must be a whole number, such as 301"),
        };
        var force = Value(rule, "force") switch
        {
            null => false,
            bool flag => flag,
            _ => throw Invalid(toml, rule, "force", at, $"force in [[redirects]] rule {number} must be true or false"),
        };
        return new RedirectRule(new NetlifyPath(from), to, status, force);
    }

    /// <summary>As Netlify does: trimmed, and a value written over several lines becomes one comma-separated line.</summary>
    private static string Normalize(string value) => string.Join(", ", CommaWithSpace().Split(value.Trim()));

    private static object? Value(TomlTable table, string key) => table.TryGetValue(key, out var value) ? value : null;

    /// <summary>A rule Netlify would refuse: reported at the key's value when it has one of the wrong type, else at the rule.</summary>
    private static NetlifyConfigException Invalid(TomlDocument toml, TomlTable table, string key, TomlPosition rule, string reason) =>
        new(table.ContainsKey(key) ? toml.ValueAt(table, key) : rule, reason);

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex CommaWithSpace();
}
