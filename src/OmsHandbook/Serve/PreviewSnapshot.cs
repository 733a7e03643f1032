using OmsHandbook.Serve.Netlify;

namespace OmsHandbook.Serve;

/// <summary>A site built into memory: its files by path under the site (e.g. "symptoms/index.html"), and its redirects.</summary>
public sealed record PreviewSite(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<RedirectRule> Redirects);

/// <summary>One problem of a failed build, as the browser overlay shows it.</summary>
public sealed record FailureLine(string File, int Line, int Column, string Severity, string Code, string Message);

/// <summary>Why the last build failed; the browser draws its overlay from this.</summary>
public sealed record BuildFailure(IReadOnlyList<FailureLine> Diagnostics);

/// <summary>
/// What the preview serves at one moment: the last good site (null until one built), the failure of
/// the latest build (null when it succeeded), and the number of the build the site came from, which
/// pages carry so the browser can tell when it shows an old one.
/// </summary>
public sealed record PreviewSnapshot(int Build, PreviewSite? Site, BuildFailure? Failure, NetlifyConfig Netlify)
{
    public static PreviewSnapshot Starting(NetlifyConfig netlify) => new(0, null, null, netlify);
}
