namespace OmsHandbook.Content;

/// <summary>Site-wide settings from site.yml.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string? Repository,
    string Branch,
    MedicalConditionInfo Condition,
    IReadOnlyList<Located<string>> Navigation);

/// <summary>The condition the handbook is about, for schema.org MedicalCondition.</summary>
public sealed record MedicalConditionInfo(string Name, IReadOnlyList<string> AlternateNames);
