namespace OmsHandbook.Serve.Netlify;

/// <summary>
/// One redirect, from `_redirects` or `[[redirects]]`: status 301/302 sends the browser on, 200
/// serves the target's content at the old address, 404 serves it as not found.
/// </summary>
/// <param name="Force">Applies even when a file exists at the old address (a `!` in `_redirects`).</param>
public sealed record RedirectRule(NetlifyPath From, string To, int Status, bool Force);
