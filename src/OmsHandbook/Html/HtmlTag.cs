namespace OmsHandbook.Html;

/// <summary>One start or end tag of a page: its lower-case name, where it sits (offsets and 1-based line and column of its '&lt;') and its attributes, decoded.</summary>
public sealed record HtmlTag(string Name, bool IsEnd, int Start, int End, int Line, int Column, IReadOnlyList<HtmlAttribute> Attributes)
{
    /// <summary>The attribute's decoded value, or null when the tag does not carry it.</summary>
    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
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
