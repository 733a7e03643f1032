using System.Diagnostics;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Ci;

/// <summary>
/// CI runs the Nu HTML Checker after the tests, and .ci/check-html installs what it needs and runs
/// only the pinned checker. The script runs here with stand-ins for apt-get, npm, java and dotnet,
/// so the test needs no network, no Java and installs nothing.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class CheckHtmlScriptTests : IDisposable
{
    // Stand-in apt-get: "installs" a package by copying its stand-in command into the tools folder.
    private const string FakeAptGet = """
        #!/bin/sh
        echo "apt-get $*" >> "$LOG"
        for arg in "$@"; do
          case "$arg" in
            default-jre-headless) cp "$FAKES/java" "$TOOLS/java" ;;
            npm) cp "$FAKES/npm" "$TOOLS/npm" ;;
          esac
        done
        """;

    // Stand-in npm: "npm pack --silent vnu-jar@V" writes vnu-jar-V.tgz holding a jar that is not the real one.
    private const string FakeNpm = """
        #!/bin/sh
        echo "npm $*" >> "$LOG"
        version="${3#vnu-jar@}"
        mkdir -p package/build/dist
        echo "not the checker" > package/build/dist/vnu.jar
        tar -czf "vnu-jar-$version.tgz" package
        """;

    private const string FakeJava = """
        #!/bin/sh
        echo "java $*" >> "$LOG"
        """;

    private static readonly string[] ToolsTheScriptUses = ["bash", "sh", "dirname", "mktemp", "tar", "gzip", "sha256sum", "mkdir", "mv", "rm", "cp", "find", "wc"];

    private readonly TempFolder folder = new();

    public CheckHtmlScriptTests()
    {
        // CI and the script run on Debian; Windows has no bash to run it with.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(folder.File(".ci"));
        File.Copy(Path.Combine(RepoPaths.Root, ".ci", "check-html"), folder.File(".ci/check-html"));
        Directory.CreateDirectory(Tools);
        foreach (var tool in ToolsTheScriptUses)
        {
            File.CreateSymbolicLink(Path.Combine(Tools, tool), ScriptSandbox.Which(tool));
        }

        Directory.CreateDirectory(Fakes);
        ScriptSandbox.WriteExecutable(Path.Combine(Tools, "apt-get"), FakeAptGet);
        ScriptSandbox.WriteExecutable(Path.Combine(Fakes, "npm"), FakeNpm);
        ScriptSandbox.WriteExecutable(Path.Combine(Fakes, "java"), FakeJava);
        folder.Write("site/index.html", "<!DOCTYPE html><html lang=en><title>x</title>");
    }

    private string Tools => folder.File("tools");

    private string Fakes => folder.File("fakes");

    private string Log => folder.File("log.txt");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Ci_runs_the_html_check_after_the_readme_test_command_and_keeps_it()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".ci", "run")).Select(l => l.Trim()).ToList();

        var test = lines.IndexOf("dotnet test");
        var check = lines.IndexOf("bash .ci/check-html");

        Assert.True(test >= 0 && check > test, "dotnet test, then bash .ci/check-html");
        Assert.Contains("set -euo pipefail", lines);
    }

    [Fact]
    public void Java_and_npm_come_from_debian_when_missing_and_a_jar_off_the_pin_is_refused_unrun()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (code, output) = Run(folder.File("site"));

        Assert.NotEqual(0, code);
        Assert.Contains("does not have the SHA-256 pinned", output, StringComparison.Ordinal);
        var log = File.ReadAllLines(Log);
        Assert.Equal(
            [
                "apt-get update -qq",
                "apt-get install -y -qq --no-install-recommends default-jre-headless",
                "apt-get update -qq",
                "apt-get install -y -qq --no-install-recommends npm",
                "npm pack --silent vnu-jar@26.9.27",
            ],
            log);
        Assert.False(File.Exists(Path.Combine(folder.File("cache"), "oms-handbook", "vnu-26.9.27", "vnu.jar")), "a refused jar is not kept");
    }

    private (int Code, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Tools, "bash"), [folder.File(".ci/check-html"), .. arguments])
        {
            WorkingDirectory = folder.Path,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = Tools;
        start.Environment["HOME"] = folder.Path;
        start.Environment["XDG_CACHE_HOME"] = folder.File("cache");
        start.Environment["TMPDIR"] = folder.File("tmp");
        start.Environment["LOG"] = Log;
        start.Environment["TOOLS"] = Tools;
        start.Environment["FAKES"] = Fakes;
        Directory.CreateDirectory(folder.File("tmp"));
        return ScriptSandbox.Run(start);
    }
}
