using OmsHandbook.Theme;

namespace OmsHandbook.Site;

/// <summary>Reads theme assets from their source folder, in the same shape as the copies embedded in the theme.</summary>
public static class ThemeAssetFolder
{
    public static IReadOnlyList<ThemeAsset> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => new ThemeAsset(Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes(file)))
            .OrderBy(asset => asset.Path, StringComparer.Ordinal)
            .ToList();
}
