using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace OmsHandbook.Markdown.Citations;

/// <summary>Parses [@key] and [@key1; @key2] before Markdig's link parser sees the bracket.</summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf(']', start, slice.End - start + 1);
        if (close < 0)
        {
            return false;
        }

        var keys = new List<string>();
        foreach (var part in text[(start + 1)..close].Split(';'))
        {
            var key = part.Trim();
            if (key.Length < 2 || key[0] != '@' || !key[1..].All(IsKeyChar))
            {
                return false;
            }

            keys.Add(key[1..]);
        }

        // "[@x](url)" is a link whose text happens to start with @, not a citation.
        if (close + 1 <= slice.End && text[close + 1] is '(' or '[')
        {
            return false;
        }

        var line = processor.GetSourcePosition(start, out var lineIndex, out var column);
        processor.Inline = new CitationInline
        {
            Keys = keys,
            Span = new SourceSpan(line, line + (close - start)),
            Line = lineIndex,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
