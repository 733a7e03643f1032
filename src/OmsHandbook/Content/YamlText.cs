using OmsHandbook.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace OmsHandbook.Content;

/// <summary>Parses YAML text into a node tree, turning parser failures into diagnostics at the parser's line.</summary>
public static class YamlText
{
    /// <param name="lineOffset">Lines before the YAML starts in its file (front matter starts on line 2).</param>
    public static YamlNode? Parse(InputFile file, string yaml, int lineOffset, DiagnosticBag diagnostics)
    {
        if (YamlNestingGuard.TooDeep(yaml) is { } deep)
        {
            Report(file, lineOffset, diagnostics, new Mark(0, deep.Line, deep.Column),
                $"more than {YamlNestingGuard.MaxDepth} '[' or '{{' are open at once");
            return null;
        }

        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // The scanner's "While scanning …" errors start where the token began; the mistake is where it stopped.
            var message = OneLine((ex.InnerException?.Message ?? ex.Message).Trim());
            Report(file, lineOffset, diagnostics, message.StartsWith("While scanning", StringComparison.Ordinal) ? ex.End : ex.Start, message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when a '[', '{' or quote is still open at the end.
            Report(file, lineOffset, diagnostics, parser.LastStart, "a '[', '{' or quote opened here is never closed");
            return null;
        }
        catch (ArgumentException)
        {
            Report(file, lineOffset, diagnostics, parser.LastStart, "a key appears twice in the same block");
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>True when the text holds no YAML at all: nothing but blank lines and comments.</summary>
    public static bool IsEmpty(string yaml) =>
        yaml.Split('\n').All(line => line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#'));

    /// <summary>A key as a message names it; a list or block used as a key is described, never printed (it may expand without end through aliases).</summary>
    public static string KeyName(YamlNode key) => key switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode => "[a list]",
        _ => "{a block}",
    };

    public static SourceLocation LocationOf(YamlNode node, InputFile file, int lineOffset) =>
        new(file.DisplayPath, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    private static void Report(InputFile file, int lineOffset, DiagnosticBag diagnostics, Mark at, string reason) =>
        diagnostics.Error(DiagnosticCodes.MalformedYaml,
            new SourceLocation(file.DisplayPath, (int)Math.Max(1, at.Line) + lineOffset, (int)Math.Max(1, at.Column)),
            $"this is not valid YAML ({reason}); check indentation, colons and quotes around text that contains ': ' or starts with a symbol");

    private static string OneLine(string text)
    {
        // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is ours to print.
        var cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        var message = cut >= 0 ? text[(cut + 3)..] : text;
        return message.ReplaceLineEndings(" ");
    }

    /// <summary>Remembers where the last parsed event started, for errors that carry no position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastStart { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastStart = current.Start;

                // A list used as a key is hashed, aliases and all, while the file loads: nine lists of nine
                // aliases hang the build. The handbook's files never need anchors, so none is accepted.
                if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
                {
                    throw new YamlException(current.Start, current.End,
                        "anchors (&name) and aliases (*name) are not supported here; write each value out in full");
                }
            }

            return moved;
        }
    }
}
