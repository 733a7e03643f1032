namespace OmsHandbook.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, which these tests drive (Playwright never downloads a browser here), and the
/// rule for when it is missing: skip with a loud reason on a developer's machine, fail in CI.
/// </summary>
public static class Chromium
{
    /// <summary>Set to 1 (as .ci/run does) to make a missing Chromium a failure instead of a skip.</summary>
    public const string RequireVariable = "OMS_REQUIRE_BROWSER";

    public static string ExecutablePath => Environment.GetEnvironmentVariable("OMS_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool Installed => File.Exists(ExecutablePath);

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason => Installed || Required
        ? null
        : $"BROWSER TESTS SKIPPED: Chromium was not found at {ExecutablePath}. Install it with 'apt-get install chromium' " +
          $"(or point OMS_CHROMIUM at it) to run them; CI sets {RequireVariable}=1, which makes them required.";

    /// <summary>Headless, and quiet: no sandbox (CI runs as root), no GPU, no calls home.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];
}

/// <summary>A fact that needs Chromium: skipped with a loud reason when it is missing and not required.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that needs Chromium: skipped with a loud reason when it is missing and not required.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
