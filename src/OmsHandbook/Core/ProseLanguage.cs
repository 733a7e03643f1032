namespace OmsHandbook.Core;

/// <summary>The languages whose prose the build knows how to read: each has its own readability formula, known-wrong claims and urgency words.</summary>
public enum ProseLanguage
{
    English,
    Spanish,
}

/// <summary>Chooses an edition's <see cref="ProseLanguage"/> from the language tag in its site.yml.</summary>
public static class ProseLanguages
{
    /// <summary>
    /// By the primary subtag alone, so "es", "es-ES" and "es-419" all read as Spanish. Any other tag is
    /// read as English, which is what every edition got before the build knew a second language.
    /// </summary>
    public static ProseLanguage Of(string? tag)
    {
        var primary = tag.AsSpan().Trim();
        var dash = primary.IndexOfAny('-', '_');
        if (dash >= 0)
        {
            primary = primary[..dash];
        }

        return primary.Equals("es", StringComparison.OrdinalIgnoreCase) ? ProseLanguage.Spanish : ProseLanguage.English;
    }
}
