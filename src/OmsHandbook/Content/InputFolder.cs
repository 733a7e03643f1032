using System.Text;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Content;

/// <summary>Reads files from the input folder as strict UTF-8 with LF line ends, naming them as the user sees them.</summary>
public sealed class InputFolder(string root, DiagnosticBag diagnostics)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    public InputFile? Read(string relative)
    {
        var full = PathOf(relative);
        var display = Display(full);
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(full));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(display),
                "the file is not valid UTF-8 text; save it as UTF-8 in your editor");
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

        return new InputFile(full, display, text.ReplaceLineEndings("\n"))
        {
            RelativePath = Path.GetRelativePath(Root, full).Replace('\\', '/'),
        };
    }
}
