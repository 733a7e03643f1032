namespace OmsHandbook.Html;

/// <summary>
/// One start or end tag of a page: its lower-case name, where it sits (offsets and 1-based line and
/// column of its '&lt;') and its attributes, decoded. The attributes are read only when asked for:
/// most tags of a page are passed over, and reading every attribute of every tag was most of what
/// the checks allocated.
/// </summary>
public sealed class HtmlTag
{
    private readonly string html;
    private readonly int attributesStart;
    private IReadOnlyList<HtmlAttribute>? attributes;

    internal HtmlTag(string html, string name, bool isEnd, int start, int end, int line, int column, int attributesStart)
    {
        this.html = html;
        this.attributesStart = attributesStart;
        Name = name;
        IsEnd = isEnd;
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    public string Name { get; }

    public bool IsEnd { get; }

    /// <summary>The offset of the tag's '&lt;'.</summary>
    public int Start { get; }

    /// <summary>The offset just after the tag's '&gt;'.</summary>
    public int End { get; }

    public int Line { get; }

    public int Column { get; }

    public IReadOnlyList<HtmlAttribute> Attributes => attributes ??= HtmlTagReader.ReadAttributes(html, attributesStart);

    /// <summary>The attribute's decoded value, or null when the tag does not carry it.</summary>
    public string? Attribute(string name)
    {
        // A tag whose text does not hold the name cannot carry it: answered without reading the attributes.
        if (attributes is null && !html.AsSpan(attributesStart, End - attributesStart).Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var all = Attributes;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Name == name)
            {
                return all[i].Value;
            }
        }

        return null;
    }

    public bool Has(string name) => Attribute(name) is not null;

    /// <summary>h1–h6 as 1–6; 0 for any other element.</summary>
    public int HeadingLevel => Name.Length == 2 && Name[0] == 'h' && Name[1] is >= '1' and <= '6' ? Name[1] - '0' : 0;
}

/// <summary>An attribute of a tag, its value decoded ("&amp;amp;" read as "&amp;"); a bare attribute has an empty value.</summary>
public sealed record HtmlAttribute(string Name, string Value);
