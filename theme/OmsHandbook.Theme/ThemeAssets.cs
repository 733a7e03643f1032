namespace OmsHandbook.Theme;

/// <summary>A file the theme ships (stylesheet, script, icon), by its path under assets/.</summary>
public sealed record ThemeAsset(string Path, byte[] Content);

/// <summary>Reads the theme's assets, which are embedded in this assembly.</summary>
public static class ThemeAssets
{
    private const string Prefix = "assets/";

    public static IReadOnlyList<ThemeAsset> All()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                // MSBuild names a resource in a sub-folder with the system's separator; assets use '/' everywhere.
                return new ThemeAsset(name[Prefix.Length..].Replace('\\', '/'), buffer.ToArray());
            })
            .ToList();
    }
}
