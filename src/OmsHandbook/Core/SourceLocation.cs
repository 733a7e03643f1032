namespace OmsHandbook.Core;

/// <summary>A place in an input file: the path as the user should see it, and a 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location that names a file but no particular place in it.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public SourceLocation WithOffset(int lineOffset, int column) => this with { Line = Line + lineOffset, Column = column };
}
