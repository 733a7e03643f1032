namespace OmsHandbook.Theme;

/// <summary>The colours a browser paints around the handbook (its bar, an installed app's frame): site.css's link blue and dark background.</summary>
public static class ThemeColours
{
    public const string Light = "#0b57a4";

    public const string Dark = "#16181b";
}
