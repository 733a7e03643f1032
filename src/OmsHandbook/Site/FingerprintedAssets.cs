using System.Security.Cryptography;
using OmsHandbook.Core;
using OmsHandbook.Theme;

namespace OmsHandbook.Site;

/// <summary>
/// The theme's assets under /assets/ with a content hash in each name, so browsers may cache them
/// forever and still see every change. Script modules are joined first (<see cref="ScriptModules"/>),
/// so a script's hash is over everything it runs.
/// </summary>
public sealed class FingerprintedAssets
{
    private readonly Dictionary<string, string> hrefs = new(StringComparer.Ordinal);

    public FingerprintedAssets(IReadOnlyList<ThemeAsset> assets)
    {
        var files = new List<OutputFile>();
        foreach (var asset in ScriptModules.Join(assets))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Content))[..10];
            var extension = Path.GetExtension(asset.Path);
            var name = asset.Path[..^extension.Length] + "." + hash + extension;
            files.Add(new OutputFile("assets/" + name, asset.Content));
            hrefs[asset.Path] = "/assets/" + name;
        }

        Files = files;
    }

    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>The published address of a theme asset, e.g. "site.css" -> "/assets/site.3f2a9c0b1d.css".</summary>
    public string Href(string assetPath) => hrefs.TryGetValue(assetPath, out var href)
        ? href
        : throw new InvalidOperationException($"The theme has no asset '{assetPath}'.");
}
