namespace OmsHandbook.Tests.Support;

/// <summary>
/// The C compiler and linker that publishing the generator ahead of time needs, and the rule for when
/// it is missing: skip with a loud reason on a developer's machine, fail in CI.
/// </summary>
public static class Clang
{
    /// <summary>Set to 1 (as .ci/run does) to make a missing clang a failure instead of a skip.</summary>
    public const string RequireVariable = "OMS_REQUIRE_AOT";

    /// <summary>Debian's `clang` package, or its versioned one (the project file looks for both).</summary>
    public static bool Installed => File.Exists("/usr/bin/clang") || File.Exists("/usr/bin/clang-14");

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the published-binary tests are skipped, or null when they run.</summary>
    public static string? SkipReason => Installed || Required
        ? null
        : "PUBLISHED-BINARY TESTS SKIPPED: clang was not found. Install it with 'apt-get install clang' to compile " +
          $"the generator ahead of time as it ships; CI sets {RequireVariable}=1, which makes them required.";
}

/// <summary>A fact that publishes the generator ahead of time: skipped with a loud reason when clang is missing and not required.</summary>
public sealed class PublishedFactAttribute : FactAttribute
{
    public PublishedFactAttribute() => Skip = Clang.SkipReason;
}
