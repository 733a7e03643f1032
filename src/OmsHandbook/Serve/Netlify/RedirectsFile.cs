using System.Globalization;

namespace OmsHandbook.Serve.Netlify;

/// <summary>Reads Netlify's `_redirects` file: one "from to [status][!]" rule a line, '#' for comments.</summary>
public static class RedirectsFile
{
    public const string FileName = "_redirects";

    public static IReadOnlyList<RedirectRule> Parse(string text)
    {
        var rules = new List<RedirectRule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            var status = 301;
            var force = false;
            if (parts.Length > 2)
            {
                force = parts[2].EndsWith('!');
                _ = int.TryParse(parts[2].TrimEnd('!'), NumberStyles.None, CultureInfo.InvariantCulture, out status);
            }

            rules.Add(new RedirectRule(new NetlifyPath(parts[0]), parts[1], status == 0 ? 301 : status, force));
        }

        return rules;
    }
}
