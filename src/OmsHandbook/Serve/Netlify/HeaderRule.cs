namespace OmsHandbook.Serve.Netlify;

/// <summary>One `[[headers]]` rule: the paths it covers and the headers it sets on them.</summary>
public sealed record HeaderRule(NetlifyPath For, IReadOnlyList<KeyValuePair<string, string>> Values);
