using System.Security.Cryptography;

namespace OmsHandbook.Tests.Support;

/// <summary>Every file of a built site by relative path, with a hash of its bytes, for byte-for-byte comparisons.</summary>
public static class SiteSnapshot
{
    public static Dictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
