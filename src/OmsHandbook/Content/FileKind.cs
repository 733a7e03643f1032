using Mono.Unix;

namespace OmsHandbook.Content;

/// <summary>
/// What sits at a path, asked of the file system without opening it. .NET reports a named pipe, a
/// socket and a device all as ordinary files, and opening a named pipe waits for a writer forever,
/// so a build that read one would hang.
/// </summary>
public static class FileKind
{
    /// <returns>
    /// Null for a regular file, a folder, a symbolic link (reported elsewhere) or nothing at all;
    /// otherwise what it is, in words for a message: "a named pipe".
    /// </returns>
    public static string? Irregular(string path)
    {
        if (OperatingSystem.IsWindows() || !UnixFileSystemInfo.TryGetFileSystemEntry(path, out var entry) || entry is not { Exists: true })
        {
            return null;
        }

        return entry.FileType switch
        {
            FileTypes.RegularFile or FileTypes.Directory or FileTypes.SymbolicLink => null,
            FileTypes.Fifo => "a named pipe",
            FileTypes.Socket => "a socket",
            FileTypes.CharacterDevice or FileTypes.BlockDevice => "a device",
            _ => "not a regular file",
        };
    }
}
