namespace OmsHandbook.Content;

/// <summary>
/// Finds '[' and '{' nested deeper than any data file needs, before YamlDotNet's scanner recurses
/// into them and runs out of stack (which no catch can stop).
/// </summary>
public static class YamlNestingGuard
{
    /// <summary>Open brackets and braces allowed at once; the handbook's files use two.</summary>
    public const int MaxDepth = 64;

    /// <summary>The 1-based line and column of the bracket that goes too deep, if any.</summary>
    /// <remarks>Counts every bracket, quoted or not, so it can only overestimate; text in quotes rarely opens 64 brackets.</remarks>
    public static (int Line, int Column)? TooDeep(string yaml)
    {
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < yaml.Length; i++)
        {
            switch (yaml[i])
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return (line, i - lineStart + 1);
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
