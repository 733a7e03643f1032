using System.Runtime.InteropServices;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Swaps two folders' names in one step of the file system, so a reader or a killed build sees one
/// site or the other, never none. Linux has renameat2 with RENAME_EXCHANGE and macOS has renamex_np
/// with RENAME_SWAP; .NET offers neither.
/// </summary>
internal static partial class FolderExchange
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    // errno values that mean "this system or file system cannot exchange", not "this exchange failed".
    private const int NoSuchCall = 38;
    private const int InvalidArgument = 22;
    private const int NotSupportedLinux = 95;
    private const int NotSupportedMac = 45;

    /// <returns>False when this system or file system cannot exchange folders; then nothing was changed.</returns>
    /// <exception cref="IOException">The exchange was possible but failed (permissions, another device); nothing was changed.</exception>
    public static bool TryExchange(string first, string second)
    {
        int result;
        if (OperatingSystem.IsLinux())
        {
            result = RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange);
        }
        else if (OperatingSystem.IsMacOS())
        {
            result = RenameSwapMac(first, second, RenameSwap);
        }
        else
        {
            return false;
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is NoSuchCall or InvalidArgument or NotSupportedLinux or NotSupportedMac)
        {
            return false;
        }

        throw new IOException(Marshal.GetPInvokeErrorMessage(error));
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int fromDirectory, string from, int toDirectory, string to, uint flags);

    [LibraryImport("libc", EntryPoint = "renamex_np", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameSwapMac(string from, string to, uint flags);
}
