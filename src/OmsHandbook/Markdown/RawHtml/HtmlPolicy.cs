using OmsHandbook.Content;
using System.Text.RegularExpressions;
using OmsHandbook.Core;

namespace OmsHandbook.Markdown.RawHtml;

/// <summary>
/// Which raw HTML a page may carry: an allow-list of inline elements that only describe text, each
/// with an allow-list of attributes whose values must match a strict pattern. Everything else is
/// refused, and the most dangerous reason is the one named.
/// </summary>
public static partial class HtmlPolicy
{
    /// <summary>Allowed elements and the attributes each may carry; lang is allowed on all of them (WCAG 3.1.2, language of parts).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["span"] = new HashSet<string>(["lang", "dir"], StringComparer.Ordinal),
        ["abbr"] = new HashSet<string>(["lang", "title"], StringComparer.Ordinal),
        ["sub"] = new HashSet<string>(["lang"], StringComparer.Ordinal),
        ["sup"] = new HashSet<string>(["lang"], StringComparer.Ordinal),
        ["kbd"] = new HashSet<string>(["lang"], StringComparer.Ordinal),
        ["br"] = new HashSet<string>(StringComparer.Ordinal),
    };

    /// <summary>Elements that take no closing tag.</summary>
    public static readonly IReadOnlySet<string> Void = new HashSet<string>(["br"], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> Embeds = new HashSet<string>(["iframe", "object", "embed", "frame", "frameset", "applet", "portal"], StringComparer.Ordinal);

    /// <summary>Why this tag may not appear in a page, with how to fix it; null when it is allowed.</summary>
    public static string? Refusal(RawTag tag, string text)
    {
        if (tag.IsComment)
        {
            return "an HTML comment is published in the page's source; keep notes for editors in the pull request, not in the page";
        }

        if (tag.Name is "script")
        {
            return "<script> is not allowed: pages run only the site's own scripts; describe the content in Markdown instead";
        }

        if (tag.Name is "style" || tag.Attributes.Any(a => a.Name == "style"))
        {
            return $"{Describe(tag)} is not allowed: styles belong to the theme, and inline styles break the site's Content-Security-Policy";
        }

        if (Embeds.Contains(tag.Name))
        {
            return $"<{tag.Name}> is not allowed: embedded content loads other sites and is not checked; link to it with a Markdown link instead";
        }

        if (EventHandlerOf(tag, text) is { } handler)
        {
            return $"the event-handler attribute '{handler}' runs script; remove it";
        }

        if (tag.Attributes.FirstOrDefault(a => UrlScheme.Of(a.Value) is "javascript" or "data" or "vbscript") is { Name: not null } url)
        {
            return $"'{url.Name}' holds a {UrlScheme.Of(url.Value)}: URL, which can run script or hide content; remove it";
        }

        if (!Allowed.TryGetValue(tag.Name, out var attributes))
        {
            var hint = tag.Name switch
            {
                "a" => "write a link in Markdown: [text](02-symptoms.md)",
                "img" => "write an image in Markdown: ![what it shows](../media/picture.png)",
                "b" or "strong" or "i" or "em" => "write **bold** or *emphasis* in Markdown",
                _ => "write it in Markdown, or escape a literal '<' as '\\<'",
            };
            return $"{Describe(tag)} is not allowed (only {string.Join(", ", Allowed.Keys.Select(k => $"<{k}>"))}); {hint}";
        }

        if (!tag.WellFormed)
        {
            return $"the tag '{OneLine(text)}' cannot be read safely; write it with quoted attribute values, e.g. <span lang=\"fr\">";
        }

        if (tag.IsClosing && tag.Attributes.Count > 0)
        {
            return $"the closing tag </{tag.Name}> cannot carry attributes";
        }

        // Browsers keep the first of two same-named attributes, a reviewer may read the second.
        if (tag.Attributes.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"<{tag.Name}> has '{twice.Key}' twice; keep one";
        }

        foreach (var (name, value) in tag.Attributes)
        {
            if (!attributes.Contains(name))
            {
                var allowed = attributes.Count == 0 ? "no attributes" : string.Join(", ", attributes.Select(a => $"'{a}'"));
                return $"<{tag.Name}> may carry {allowed}, not '{name}'";
            }

            if (!ValueAllowed(name, value))
            {
                return name switch
                {
                    "lang" => $"lang=\"{value}\" is not a language tag; use one such as \"fr\", \"de\" or \"pt-BR\"",
                    "dir" => $"dir=\"{value}\" must be \"ltr\", \"rtl\" or \"auto\"",
                    _ => $"{name}=\"{value}\" may hold only plain text",
                };
            }
        }

        return null;
    }

    private static bool ValueAllowed(string name, string value) => name switch
    {
        "lang" => PublishedValue.LanguageTag.Problem(value) is null,
        "dir" => value is "ltr" or "rtl" or "auto",
        "title" => value.Length > 0 && !value.Any(c => c is '<' or '>' || char.IsControl(c)),
        _ => false,
    };

    private static string? EventHandlerOf(RawTag tag, string text)
    {
        if (tag.Attributes.FirstOrDefault(a => a.Name.StartsWith("on", StringComparison.Ordinal)) is { Name: not null } attribute)
        {
            return attribute.Name;
        }

        // A tag too malformed to read attribute by attribute: any 'on…' word after a separator counts.
        return !tag.WellFormed && EventHandler().Match(text) is { Success: true } handler ? handler.Groups["name"].Value.ToLowerInvariant() : null;
    }

    private static string Describe(RawTag tag) => tag.Name.Length == 0 ? "this HTML" : tag.IsClosing ? $"</{tag.Name}>" : $"<{tag.Name}>";

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    [GeneratedRegex(@"[\s""'/](?<name>on[a-z]+)\s*(?:=|/?>|\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
