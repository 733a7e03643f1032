using System.Text;
using System.Text.RegularExpressions;
using OmsHandbook.Search;
using OmsHandbook.Site;
using OmsHandbook.Theme;

namespace OmsHandbook.Tests.Search;

/// <summary>
/// The search script's parts (theme/…/assets/search/) and the constants module the build writes from
/// the C# side: joined in the order they import each other, into a script that is the same program
/// as the modules, with one copy of each shared value.
/// </summary>
[Trait("Tier", "Unit")]
public sealed partial class SearchScriptTests
{
    private static readonly IReadOnlyList<ThemeAsset> Sources =
        [.. ThemeAssets.All(), new ThemeAsset(SearchScriptConstants.ModulePath, SearchScriptConstants.Module)];

    private static readonly IReadOnlyList<ScriptModules.Part> Parts =
        ScriptModules.Order("search", Sources.Where(a => a.Path.StartsWith("search/", StringComparison.Ordinal)));

    [GeneratedRegex(@"^export (?:async )?(?:function|class|const|let) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Export();

    [GeneratedRegex(@"^(?:export )?(?:async )?(?:function|class|const|let|var) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelDeclaration();

    [Fact]
    public void The_parts_are_joined_into_one_search_script_each_after_what_it_imports()
    {
        var published = ScriptModules.Join(Sources);

        Assert.Contains(published, a => a.Path == "search.js");
        Assert.DoesNotContain(published, a => a.Path.StartsWith("search/", StringComparison.Ordinal));
        Assert.Equal("constants.js", Parts[0].Name);
        Assert.Equal("start.js", Parts[^1].Name);
        for (var i = 0; i < Parts.Count; i++)
        {
            Assert.All(Parts[i].Imports, import => Assert.Contains(import.File, Parts.Take(i).Select(p => p.Name)));
        }

        var script = Encoding.UTF8.GetString(published.Single(a => a.Path == "search.js").Content);
        Assert.Equal(string.Concat(Parts.Select(p => p.Body)), script);
        Assert.DoesNotMatch(new Regex(@"^\s*import\b", RegexOptions.Multiline), script);
    }

    [Fact]
    public void Every_imported_name_is_exported_by_its_part_and_no_name_is_declared_twice()
    {
        // So the joined script runs as the modules would, and no part keeps its own copy of a shared constant.
        var exports = Parts.ToDictionary(p => p.Name, p => Export().Matches(p.Body).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal));
        foreach (var part in Parts)
        {
            Assert.All(part.Imports.SelectMany(i => i.Names.Select(name => (i.File, name))), import =>
                Assert.True(exports[import.File].Contains(import.name), $"{part.Name} imports {import.name}, which {import.File} does not export"));
        }

        var declared = Parts.SelectMany(p => TopLevelDeclaration().Matches(p.Body).Select(m => (Part: p.Name, Name: m.Groups["name"].Value))).ToList();
        Assert.Empty(declared.GroupBy(d => d.Name).Where(g => g.Count() > 1).Select(g => $"{g.Key} in {string.Join(", ", g.Select(d => d.Part))}"));
        Assert.Contains(declared, d => d is { Part: "constants.js", Name: "IMPACT_LEVELS" });
        Assert.Contains(declared, d => d is { Part: "constants.js", Name: "STOP_WORDS" });
    }

    [Fact]
    public void The_constants_module_carries_the_values_the_index_is_written_with()
    {
        var module = Encoding.UTF8.GetString(SearchScriptConstants.Module);

        Assert.Contains($"export const IMPACT_LEVELS = {IndexEncoding.ImpactLevels};\n", module, StringComparison.Ordinal);
        Assert.Contains($"export const HASH_LENGTH = {SearchIndexWriter.HashLength};\n", module, StringComparison.Ordinal);
        Assert.Contains($"export const INDEX_VERSION = {SearchIndexWriter.Version};\n", module, StringComparison.Ordinal);
        Assert.Contains("export const STOP_WORDS = new Set([\"a\",\"about\",", module, StringComparison.Ordinal);
    }
}
