using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Serialization;
using Tomlyn.Syntax;

namespace OmsHandbook.Serve.Netlify;

/// <summary>
/// A TOML file as Tomlyn reads it: its tables, and where each key, value and `[[table]]` header is
/// in the file, so a mistake in what it says can be reported where it is written.
/// </summary>
public sealed class TomlDocument
{
    private readonly DocumentSyntax syntax;
    private readonly TomlMetadataStore metadata;
    private readonly Dictionary<int, TomlPosition> valueAtKeyOffset;

    private TomlDocument(DocumentSyntax syntax, TomlTable root, TomlMetadataStore metadata)
    {
        this.syntax = syntax;
        Root = root;
        this.metadata = metadata;
        valueAtKeyOffset = ValueStarts.Of(syntax);
    }

    public TomlTable Root { get; }

    /// <exception cref="NetlifyConfigException">The text is not TOML, at the first mistake Tomlyn found.</exception>
    public static TomlDocument Parse(string text)
    {
        // Tomlyn, not a reader of our own: all of TOML 1.1, and every mistake with its line and column.
        var metadata = new TomlMetadataStore();
        TomlTable root;
        try
        {
            // Through the generated reader, not the reflecting one, so the preview runs ahead-of-time compiled.
            var options = new TomlSerializerOptions { MetadataStore = metadata, TypeInfoResolver = TomlTables.Default };
            root = TomlSerializer.Deserialize(text, (TomlTypeInfo<TomlTable>)TomlTables.Default.GetTypeInfo(typeof(TomlTable), options)!)!;
        }
        catch (TomlException outer)
        {
            // That reader wraps the parser's mistake in one of its own, placed where the table began.
            var ex = outer;
            while (ex.InnerException is TomlException deeper)
            {
                ex = deeper;
            }

            ThrowOnError(ex.Diagnostics);
            throw new NetlifyConfigException(new TomlPosition(ex.Line ?? 1, ex.Column ?? 1), NotToml(ex.Message));
        }

        // The model takes the last of a key given twice; the validated syntax tree refuses it, as TOML does.
        var syntax = SyntaxParser.Parse(text, validate: true);
        ThrowOnError(syntax.Diagnostics);
        return new TomlDocument(syntax, root, metadata);
    }

    /// <summary>An array of tables at the root (`[[name]]`, or `name = [{ … }]`), or none.</summary>
    public IReadOnlyList<TomlTable> TableArray(string name) => Root.TryGetValue(name, out var value) switch
    {
        true when value is TomlTableArray tables => [.. tables],
        true when value is TomlArray items => [.. items.OfType<TomlTable>()],
        _ => [],
    };

    /// <summary>Where the key is written in the file (its last part, for a dotted key); the file's start when unknown.</summary>
    public TomlPosition KeyAt(TomlTable table, string key) => KeyStart(table, key) is { } start ? At(start) : new(1, 1);

    /// <summary>Where the key's value starts (its opening quote, for text); where the key is, for a table.</summary>
    public TomlPosition ValueAt(TomlTable table, string key) =>
        KeyStart(table, key) is { } start && valueAtKeyOffset.TryGetValue(start.Offset, out var value) ? value : KeyAt(table, key);

    /// <summary>
    /// Where the <paramref name="index"/>th `[[name]]` header of the root is; where the key is when the
    /// array is written inline (`name = [{ … }]`).
    /// </summary>
    public TomlPosition TableArrayAt(string name, int index)
    {
        foreach (var table in syntax.Tables)
        {
            if (table is TableArraySyntax && NameOf(table.Name) == name && index-- == 0)
            {
                return At(table.Span.Start);
            }
        }

        return KeyAt(Root, name);
    }

    private TextPosition? KeyStart(TomlTable table, string key) =>
        metadata.TryGetProperties(table, out var properties) && properties!.TryGetProperty(key, out var property)
            ? property!.Span.Start
            : null;

    private static void ThrowOnError(DiagnosticsBag? diagnostics)
    {
        foreach (var diagnostic in diagnostics ?? new DiagnosticsBag())
        {
            if (diagnostic.Kind == DiagnosticMessageKind.Error)
            {
                throw new NetlifyConfigException(At(diagnostic.Span.Start), NotToml(diagnostic.Message));
            }
        }
    }

    private static string NotToml(string reason) => "not valid TOML: " + reason.Trim().TrimEnd('.');

    /// <returns>The name of a one-part key (`headers`, `"headers"`), or null for a dotted one.</returns>
    private static string? NameOf(KeySyntax? key) => key is { DotKeys.ChildrenCount: 0 } ? key.Key switch
    {
        BareKeySyntax bare => bare.Key?.Text,
        StringValueSyntax quoted => quoted.Value,
        _ => null,
    } : null;

    /// <summary>Tomlyn counts lines and columns from 0.</summary>
    private static TomlPosition At(TextPosition position) => new(position.Line + 1, position.Column + 1);

    /// <summary>Every `key = value` in the file: where its value starts, by where its (last) key part starts.</summary>
    private sealed class ValueStarts : SyntaxVisitor
    {
        private readonly Dictionary<int, TomlPosition> starts = [];

        public static Dictionary<int, TomlPosition> Of(DocumentSyntax syntax)
        {
            var visitor = new ValueStarts();
            syntax.Accept(visitor);
            return visitor.starts;
        }

        public override void Visit(KeyValueSyntax keyValue)
        {
            if (keyValue is { Key: { } key, Value: { } value })
            {
                var dots = key.DotKeys;
                var last = dots.ChildrenCount > 0 ? dots.GetChild(dots.ChildrenCount - 1)?.Key : key.Key;
                if (last is not null)
                {
                    starts[last.Span.Start.Offset] = At(value.Span.Start);
                }
            }

            base.Visit(keyValue);
        }
    }
}

/// <summary>Tomlyn's reader for plain tables, generated at compile time rather than found by reflection.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class TomlTables : TomlSerializerContext;
