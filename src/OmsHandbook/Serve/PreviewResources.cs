namespace OmsHandbook.Serve;

/// <summary>The preview's own files (reload script, overlay style, waiting page), embedded in the generator: they never reach a built site.</summary>
public static class PreviewResources
{
    private const string Prefix = "preview/";

    public static byte[] Read(string name)
    {
        using var stream = typeof(PreviewResources).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The preview resource '{name}' is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
