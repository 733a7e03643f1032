using Markdig.Syntax;
using OmsHandbook.Core;

namespace OmsHandbook.Markdown;

/// <summary>Where a piece of Markdown sits in its input file, to turn Markdig's positions into file locations.</summary>
/// <param name="FirstLine">The 1-based file line of the Markdown's first line.</param>
/// <param name="FirstColumn">The 1-based file column of the Markdown's first character (YAML block scalars are indented).</param>
/// <param name="Directory">The folder relative links are resolved against.</param>
public sealed record MarkdownSource(string File, int FirstLine, int FirstColumn, string Directory)
{
    public SourceLocation At(MarkdownObject node) =>
        new(File, FirstLine + Math.Max(0, node.Line), FirstColumn + Math.Max(0, node.Column));

    /// <summary>A 0-based line and column of the Markdown text, as a file location.</summary>
    public SourceLocation AtLine(int line, int column) => new(File, FirstLine + line, FirstColumn + column);
}
