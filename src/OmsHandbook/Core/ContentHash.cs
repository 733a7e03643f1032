using System.Security.Cryptography;
using System.Text;

namespace OmsHandbook.Core;

/// <summary>A key for the preview's memo: a hash of everything a piece of work was made from, so equal keys mean the same result.</summary>
public static class ContentHash
{
    /// <summary>Hashes the parts in order; a separator no text holds keeps "ab"+"c" apart from "a"+"bc".</summary>
    public static string Of(params string?[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[1024];
        foreach (var part in parts)
        {
            var text = part ?? "\u0001null";
            for (var at = 0; at < text.Length; at += 256)
            {
                // 256 chars are at most 768 UTF-8 bytes: every slice fits the buffer.
                var slice = text.AsSpan(at, Math.Min(256, text.Length - at));
                var written = Encoding.UTF8.GetBytes(slice, buffer);
                hash.AppendData(buffer[..written]);
            }

            hash.AppendData([0]);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Hashes bytes, such as a page as written.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
