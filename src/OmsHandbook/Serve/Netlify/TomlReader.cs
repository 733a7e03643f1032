using System.Globalization;
using System.Text;

namespace OmsHandbook.Serve.Netlify;

/// <summary>
/// Reads the part of TOML that netlify.toml uses: tables, arrays of tables, dotted keys, strings of
/// all four kinds, whole numbers, booleans, arrays and inline tables. Anything else (floats, dates)
/// is refused with its line and column, so nothing is silently misread.
/// </summary>
public sealed class TomlReader
{
    private readonly string text;
    private readonly TomlTable root = new();
    private readonly HashSet<TomlTable> definedByHeader = [];
    private readonly HashSet<TomlTable> inlineTables = [];
    private readonly HashSet<List<object>> arraysOfTables = [];
    private int position;
    private int line = 1;
    private int lineStart;

    private TomlReader(string text) => this.text = text.ReplaceLineEndings("\n");

    /// <exception cref="TomlException">The text is not TOML this reader understands.</exception>
    public static TomlTable Parse(string text) => new TomlReader(text).ReadDocument();

    private bool AtEnd => position >= text.Length;

    private char Current => AtEnd ? '\0' : text[position];

    private TomlTable ReadDocument()
    {
        var table = root;
        while (true)
        {
            SkipBlankLines();
            if (AtEnd)
            {
                return root;
            }

            if (Current == '[')
            {
                table = ReadTableHeader();
            }
            else
            {
                ReadKeyValue(table);
            }

            ExpectLineEnd();
        }
    }

    private TomlTable ReadTableHeader()
    {
        Advance();
        var isArray = Current == '[';
        if (isArray)
        {
            Advance();
        }

        SkipSpaces();
        var keys = ReadKey();
        SkipSpaces();
        Expect(']');
        if (isArray)
        {
            Expect(']');
            var parent = Navigate(root, keys[..^1]);
            var name = keys[^1];
            var table = new TomlTable();
            switch (parent[name])
            {
                case null:
                    var list = new List<object> { table };
                    arraysOfTables.Add(list);
                    parent.Add(name, list, Here().Position, Here().Position);
                    break;
                case List<object> existing when arraysOfTables.Contains(existing):
                    existing.Add(table);
                    break;
                default:
                    throw Error($"'{string.Join('.', keys)}' is already a value, so it cannot also be an array of tables");
            }

            return table;
        }

        var defined = Navigate(root, keys);
        if (!definedByHeader.Add(defined))
        {
            throw Error($"the table [{string.Join('.', keys)}] is defined twice; merge the two into one");
        }

        return defined;
    }

    private void ReadKeyValue(TomlTable table)
    {
        var keyAt = Here();
        var keys = ReadKey();
        SkipSpaces();
        Expect('=');
        SkipSpaces();
        var at = Here();
        var value = ReadValue();
        var target = Navigate(table, keys[..^1]);
        if (target.Contains(keys[^1]))
        {
            throw at.Error($"the key '{string.Join('.', keys)}' is given twice");
        }

        target.Add(keys[^1], value, keyAt.Position, at.Position);
    }

    /// <summary>Follows dotted keys from a table, creating tables on the way; an array of tables leads to its last table.</summary>
    private TomlTable Navigate(TomlTable from, IEnumerable<string> keys)
    {
        var table = from;
        foreach (var key in keys)
        {
            switch (table[key])
            {
                case null:
                    var created = new TomlTable();
                    table.Add(key, created, Here().Position, Here().Position);
                    table = created;
                    break;
                case TomlTable existing when !inlineTables.Contains(existing):
                    table = existing;
                    break;
                case List<object> list when arraysOfTables.Contains(list):
                    table = (TomlTable)list[^1];
                    break;
                default:
                    throw Error($"'{key}' is already a value, so it cannot hold other keys");
            }
        }

        return table;
    }

    private List<string> ReadKey()
    {
        var keys = new List<string>();
        while (true)
        {
            keys.Add(Current switch
            {
                '"' => ReadBasicString(),
                '\'' => ReadLiteralString(),
                _ => ReadBareKey(),
            });
            SkipSpaces();
            if (Current != '.')
            {
                return keys;
            }

            Advance();
            SkipSpaces();
        }
    }

    private string ReadBareKey()
    {
        var start = position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current is '_' or '-'))
        {
            Advance();
        }

        return position > start
            ? text[start..position]
            : throw Error("expected a key: letters, digits, '-' and '_', or text in quotes");
    }

    private object ReadValue()
    {
        if (text.AsSpan(position).StartsWith("\"\"\""))
        {
            return ReadMultilineString('"');
        }

        if (text.AsSpan(position).StartsWith("'''"))
        {
            return ReadMultilineString('\'');
        }

        return Current switch
        {
            '"' => ReadBasicString(),
            '\'' => ReadLiteralString(),
            '[' => ReadArray(),
            '{' => ReadInlineTable(),
            't' when ReadWord("true") => true,
            'f' when ReadWord("false") => false,
            _ when char.IsAsciiDigit(Current) || Current is '+' or '-' => ReadInteger(),
            _ => throw Error("expected a value: \"text in quotes\", a whole number, true or false, [a list] or { a table }"),
        };
    }

    private bool ReadWord(string word)
    {
        if (!text.AsSpan(position).StartsWith(word) || IsBareKeyChar(position + word.Length))
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            Advance();
        }

        return true;
    }

    private bool IsBareKeyChar(int index) =>
        index < text.Length && (char.IsAsciiLetterOrDigit(text[index]) || text[index] is '_' or '-');

    private long ReadInteger()
    {
        var start = position;
        if (Current is '+' or '-')
        {
            Advance();
        }

        var digits = new StringBuilder();
        while (char.IsAsciiDigit(Current) || (Current == '_' && digits.Length > 0 && char.IsAsciiDigit(Peek(1))))
        {
            if (Current != '_')
            {
                digits.Append(Current);
            }

            Advance();
        }

        if (digits.Length == 0 || Current is '.' or 'e' or 'E' or ':' or '-' or 'x' or 'o' or 'b' || IsBareKeyChar(position))
        {
            throw Error("only whole numbers are supported here (no fractions, dates or hexadecimal)");
        }

        if (digits.Length > 1 && digits[0] == '0')
        {
            throw Error("a whole number cannot start with 0");
        }

        var sign = text[start] == '-' ? "-" : "";
        return long.TryParse(sign + digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error("the number is too large");
    }

    private List<object> ReadArray()
    {
        Advance();
        var items = new List<object>();
        while (true)
        {
            SkipBlankLines();
            if (Current == ']')
            {
                Advance();
                return items;
            }

            items.Add(ReadValue());
            SkipBlankLines();
            if (Current == ',')
            {
                Advance();
            }
            else if (Current != ']')
            {
                throw Error("expected ',' between the items of a list, or ']' at its end");
            }
        }
    }

    private TomlTable ReadInlineTable()
    {
        Advance();
        var table = new TomlTable();
        SkipSpaces();
        if (Current == '}')
        {
            Advance();
        }
        else
        {
            while (true)
            {
                ReadKeyValue(table);
                SkipSpaces();
                if (Current == '}')
                {
                    Advance();
                    break;
                }

                Expect(',');
                SkipSpaces();
            }
        }

        inlineTables.Add(table);
        return table;
    }

    private string ReadBasicString()
    {
        var start = Here();
        Advance();
        var value = new StringBuilder();
        while (Current != '"')
        {
            if (AtEnd || Current == '\n')
            {
                throw start.Error("the text in quotes is not closed on this line; add the closing '\"'");
            }

            if (Current == '\\')
            {
                value.Append(ReadEscape());
            }
            else
            {
                value.Append(Current);
                Advance();
            }
        }

        Advance();
        return value.ToString();
    }

    private string ReadLiteralString()
    {
        var start = Here();
        Advance();
        var first = position;
        while (Current != '\'')
        {
            if (AtEnd || Current == '\n')
            {
                throw start.Error("the text in quotes is not closed on this line; add the closing \"'\"");
            }

            Advance();
        }

        var value = text[first..position];
        Advance();
        return value;
    }

    private string ReadMultilineString(char quote)
    {
        var delimiter = new string(quote, 3);
        var start = Here();
        Advance(3);
        if (Current == '\n')
        {
            // A newline straight after the opening quotes is not part of the text.
            Advance();
        }

        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw start.Error($"the text that starts with {delimiter} is never closed; add the closing {delimiter}");
            }

            if (text.AsSpan(position).StartsWith(delimiter))
            {
                // Up to two quotes straight before the closing three belong to the text.
                var run = 3;
                while (run < 5 && Peek(run) == quote)
                {
                    run++;
                }

                value.Append(quote, run - 3);
                Advance(run);
                return value.ToString();
            }

            if (quote == '"' && Current == '\\')
            {
                if (IsLineEndingBackslash())
                {
                    Advance();
                    SkipWhitespaceAndNewlines();
                }
                else
                {
                    value.Append(ReadEscape());
                }
            }
            else
            {
                value.Append(Current);
                Advance();
            }
        }
    }

    /// <summary>A backslash followed only by spaces up to the end of the line joins the next line on.</summary>
    private bool IsLineEndingBackslash()
    {
        var i = position + 1;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] == '\n';
    }

    private string ReadEscape()
    {
        var start = Here();
        Advance();
        var escaped = Current;
        Advance();
        return escaped switch
        {
            'b' => "\b",
            't' => "\t",
            'n' => "\n",
            'f' => "\f",
            'r' => "\r",
            'e' => "\u001B",
            '"' => "\"",
            '\\' => "\\",
            'u' => ReadCodePoint(4),
            'U' => ReadCodePoint(8),
            _ => throw start.Error($"'\\{escaped}' is not an escape TOML knows; write '\\\\' for a backslash"),
        };
    }

    private string ReadCodePoint(int digits)
    {
        if (position + digits > text.Length
            || !int.TryParse(text.AsSpan(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw Error($"expected {digits} hexadecimal digits naming a Unicode character");
        }

        Advance(digits);
        return char.ConvertFromUtf32(code);
    }

    private void ExpectLineEnd()
    {
        SkipSpaces();
        SkipComment();
        if (!AtEnd && Current != '\n')
        {
            throw Error("expected the end of the line; put each 'key = value' and each [table] on its own line");
        }
    }

    private void SkipBlankLines()
    {
        while (true)
        {
            SkipWhitespaceAndNewlines();
            if (Current != '#')
            {
                return;
            }

            SkipComment();
        }
    }

    private void SkipComment()
    {
        if (Current != '#')
        {
            return;
        }

        while (!AtEnd && Current != '\n')
        {
            Advance();
        }
    }

    private void SkipSpaces()
    {
        while (Current is ' ' or '\t')
        {
            Advance();
        }
    }

    private void SkipWhitespaceAndNewlines()
    {
        while (Current is ' ' or '\t' or '\n')
        {
            Advance();
        }
    }

    private void Expect(char expected)
    {
        if (Current != expected)
        {
            throw Error($"expected '{expected}'");
        }

        Advance();
    }

    private char Peek(int offset) => position + offset < text.Length ? text[position + offset] : '\0';

    private void Advance(int count = 1)
    {
        for (var i = 0; i < count && !AtEnd; i++)
        {
            if (text[position] == '\n')
            {
                line++;
                lineStart = position + 1;
            }

            position++;
        }
    }

    private TomlException Error(string reason) => Here().Error(reason);

    private Place Here() => new(line, position - lineStart + 1);

    /// <summary>Where something started, for mistakes found only at its end.</summary>
    private readonly record struct Place(int Line, int Column)
    {
        public TomlPosition Position => new(Line, Column);

        public TomlException Error(string reason) => new(Line, Column, reason);
    }
}
