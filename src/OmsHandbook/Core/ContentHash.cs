using System.IO.Hashing;
using System.Text;

namespace OmsHandbook.Core;

/// <summary>
/// A key for the preview's memo: a hash of everything a piece of work was made from, so equal keys mean
/// the same result. XxHash128, not SHA-256: a first look at 4,000 chapters makes tens of thousands of
/// small keys, and OpenSSL's set-up for each SHA-256 took a sixth of its time. The keys guard no
/// secret; 128 bits keep an accidental collision out of reach.
/// </summary>
public static class ContentHash
{
    /// <summary>Hashes the parts in order; a separator no text holds keeps "ab"+"c" apart from "a"+"bc".</summary>
    public static string Of(params string?[] parts)
    {
        var hash = new XxHash128();
        Span<byte> buffer = stackalloc byte[1024];
        foreach (var part in parts)
        {
            var text = part ?? "\u0001null";
            for (var at = 0; at < text.Length; at += 256)
            {
                // 256 chars are at most 768 UTF-8 bytes: every slice fits the buffer.
                var slice = text.AsSpan(at, Math.Min(256, text.Length - at));
                var written = Encoding.UTF8.GetBytes(slice, buffer);
                hash.Append(buffer[..written]);
            }

            hash.Append([0]);
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }

    /// <summary>Hashes bytes, such as a page as written.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(XxHash128.Hash(bytes));
}
