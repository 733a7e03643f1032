using System.Buffers;
using System.Globalization;
using System.Text;
using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>
/// Reads files from the input folder as strict UTF-8 with LF line ends, naming them as the user sees
/// them. Only real files inside the folder are read: a symbolic link could pull any file of the
/// machine that builds the site into the published output.
/// </summary>
/// <param name="reverseListings">Lists folders in reverse, so a test can show that nothing depends on the file system's order.</param>
public sealed class InputFolder(string root, DiagnosticBag diagnostics, bool reverseListings = false)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Control characters but tab and the line ends: invisible in an editor and in a review, and meaningful to the files they reach.</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))));

    /// <summary>How many control characters one file reports before it says how many more there are.</summary>
    private const int ControlCharactersReported = 5;

    public string Root { get; } = Path.GetFullPath(root);

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    /// <summary>How a message names a file: relative to the working directory when it is inside it.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>
    /// The real files under a folder of the input (relative to the input, in the order the file system
    /// gives them), reporting each symbolic link instead of listing it.
    /// </summary>
    public IReadOnlyList<string> Files(string folder, string pattern, SearchOption depth)
    {
        var full = PathOf(folder);
        if (!Directory.Exists(full) || IsLinked(full))
        {
            return [];
        }

        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(full, pattern, new EnumerationOptions { RecurseSubdirectories = depth == SearchOption.AllDirectories, AttributesToSkip = 0 }))
        {
            if (IsLinked(file))
            {
                ReportLink(file);
            }
            else if (FileKind.Irregular(file) is { } kind)
            {
                ReportIrregular(file, kind);
            }
            else
            {
                files.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
            }
        }

        if (reverseListings)
        {
            files.Reverse();
        }

        return files;
    }

    public InputFile? Read(string relative)
    {
        var full = PathOf(relative);
        var display = Display(full);
        if (IsLinked(full))
        {
            ReportLink(full);
            return null;
        }

        if (FileKind.Irregular(full) is { } kind)
        {
            ReportIrregular(full, kind);
            return null;
        }

        string text;
        byte[] bytes = [];
        try
        {
            bytes = File.ReadAllBytes(full);
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = Position(bytes, ex.Index);
            diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(display, line, column),
                $"the file is not valid UTF-8 text (byte 0x{ex.BytesUnknown?.FirstOrDefault():X2} here); save it as UTF-8 in your editor");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(display), $"the file cannot be read: {ex.Message}");
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.ReplaceLineEndings("\n");
        ReportControlCharacters(text, display);
        return new InputFile(full, display, text)
        {
            RelativePath = Path.GetRelativePath(Root, full).Replace('\\', '/'),
        };
    }

    /// <summary>True when the path, or a folder between it and the input folder, is a symbolic link.</summary>
    private bool IsLinked(string full)
    {
        for (var path = Path.TrimEndingDirectorySeparator(full); path.Length > Root.Length; path = Path.GetDirectoryName(path)!)
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void ReportLink(string full) =>
        diagnostics.Error(DiagnosticCodes.LinkOutsideInput, SourceLocation.StartOf(Display(full)),
            "this is a symbolic link; the build reads only real files inside the input folder, so copy the file here instead");

    private void ReportControlCharacters(string text, string display)
    {
        var found = 0;
        for (var at = text.AsSpan().IndexOfAny(ControlCharacters); at >= 0; at = NextControl(text, at))
        {
            if (++found > ControlCharactersReported)
            {
                continue;
            }

            var line = 1 + text.AsSpan(0, at).Count('\n');
            var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
            diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(display, line, column),
                string.Create(CultureInfo.InvariantCulture, $"an invisible control character (U+{(int)text[at]:X4}) is here; delete it (your editor may show it as a box or not at all) and retype what was around it"));
        }

        if (found > ControlCharactersReported)
        {
            diagnostics.Error(DiagnosticCodes.ControlCharacter, SourceLocation.StartOf(display),
                string.Create(CultureInfo.InvariantCulture, $"the file holds {found} control characters in all; the first {ControlCharactersReported} are listed"));
        }
    }

    private static int NextControl(string text, int after)
    {
        var next = text.AsSpan(after + 1).IndexOfAny(ControlCharacters);
        return next < 0 ? -1 : after + 1 + next;
    }

    private void ReportIrregular(string full, string kind) =>
        diagnostics.Error(DiagnosticCodes.NotARegularFile, SourceLocation.StartOf(Display(full)),
            $"this is {kind}, not a regular file; the build reads only regular files and folders, so remove it or put a file in its place");

    /// <summary>The 1-based line and column (in characters) of a byte offset in UTF-8 text.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                // Count characters, not bytes: continuation bytes belong to the character before.
                column++;
            }
        }

        return (line, column);
    }
}
