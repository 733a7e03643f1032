using System.Text;
using System.Text.RegularExpressions;
using OmsHandbook.Theme;

namespace OmsHandbook.Site;

/// <summary>
/// Joins each folder of script modules under assets/ into the one script pages load:
/// "search/normalise.js", "search/rank.js", … become "search.js". Each part is a real ES module that
/// imports what it uses from the others; the joined script is the parts in the order a browser would
/// run them (each after what it imports, from the one part nothing imports), with the import lines
/// removed, so every name is already in the one module scope. Joining rather than serving the modules
/// keeps one request, one fingerprinted file and no chain of rewritten import addresses (see docs/search.md).
/// </summary>
public static partial class ScriptModules
{
    /// <summary>The one form of import the parts use: named imports from a sibling part.</summary>
    [GeneratedRegex(@"^import \{(?<names>[^}]*)\} from '\./(?<file>[\w-]+\.js)';\n", RegexOptions.Multiline)]
    private static partial Regex Import();

    [GeneratedRegex(@"^\s*import\b", RegexOptions.Multiline)]
    private static partial Regex AnyImport();

    /// <summary>The assets with every folder of modules replaced by its joined script, in path order.</summary>
    public static IReadOnlyList<ThemeAsset> Join(IReadOnlyList<ThemeAsset> assets) =>
        assets.Where(a => !IsModule(a.Path))
            .Concat(assets.Where(a => IsModule(a.Path))
                .GroupBy(a => a.Path[..a.Path.IndexOf('/', StringComparison.Ordinal)], StringComparer.Ordinal)
                .Select(folder => new ThemeAsset(folder.Key + ".js", JoinFolder(folder.Key, folder))))
            .OrderBy(a => a.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>The parts of one script in the order they are joined, each with its imports: for tests and for <see cref="Join"/>.</summary>
    public static IReadOnlyList<Part> Order(string folder, IEnumerable<ThemeAsset> modules)
    {
        var parts = modules.ToDictionary(m => m.Path[(folder.Length + 1)..], Part.Read, StringComparer.Ordinal);
        var imported = parts.Values.SelectMany(p => p.Imports.Select(i => i.File)).ToHashSet(StringComparer.Ordinal);
        var entries = parts.Keys.Where(name => !imported.Contains(name)).Order(StringComparer.Ordinal).ToList();
        if (entries.Count != 1)
        {
            throw new InvalidOperationException($"The script modules in assets/{folder}/ need one part that no other imports, its start; found {entries.Count}: {string.Join(", ", entries)}.");
        }

        var order = new List<Part>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        Visit(entries[0]);
        var unused = parts.Keys.Except(order.Select(p => p.Name)).Order(StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidOperationException($"assets/{folder}/: nothing imports {string.Join(", ", unused)}.");
        }

        return order;

        void Visit(string name)
        {
            if (order.Any(p => p.Name == name))
            {
                return;
            }

            if (!parts.TryGetValue(name, out var part))
            {
                throw new InvalidOperationException($"assets/{folder}/ has no module '{name}'.");
            }

            if (!visiting.Add(name))
            {
                // Modules that import each other have no one order to join them in.
                throw new InvalidOperationException($"assets/{folder}/{name} is part of an import cycle.");
            }

            foreach (var import in part.Imports)
            {
                Visit(import.File);
            }

            order.Add(part);
        }
    }

    private static bool IsModule(string path) =>
        path.EndsWith(".js", StringComparison.Ordinal) && path.Count(c => c == '/') == 1;

    private static byte[] JoinFolder(string folder, IEnumerable<ThemeAsset> modules) =>
        Encoding.UTF8.GetBytes(string.Concat(Order(folder, modules).Select(p => p.Body)));

    /// <summary>One module: its file name, what it imports from which part, and its text without the imports.</summary>
    public sealed record Part(string Name, IReadOnlyList<(string File, IReadOnlyList<string> Names)> Imports, string Body)
    {
        public static Part Read(ThemeAsset module)
        {
            var text = Encoding.UTF8.GetString(module.Content).ReplaceLineEndings("\n");
            var imports = Import().Matches(text)
                .Select(m => (m.Groups["file"].Value, (IReadOnlyList<string>)[.. m.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]))
                .ToList();
            var body = Import().Replace(text, "");
            if (AnyImport().IsMatch(body))
            {
                throw new InvalidOperationException($"assets/{module.Path}: an import other than \"import {{ … }} from './part.js';\" cannot be joined.");
            }

            return new Part(module.Path[(module.Path.LastIndexOf('/') + 1)..], imports, body);
        }
    }
}
