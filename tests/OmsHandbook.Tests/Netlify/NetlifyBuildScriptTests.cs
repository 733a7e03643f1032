using System.Diagnostics;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Netlify;

/// <summary>
/// .ci/netlify-build, run in a copy of the repository's root files with stand-ins for dotnet, curl
/// and Microsoft's install script, so the test needs no network and installs nothing.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class NetlifyBuildScriptTests : IDisposable
{
    // Stand-in dotnet: lists the SDKs in FAKE_SDKS (or its own folder's sdks file) and logs every other
    // call. `publish` writes a stand-in generator that logs its arguments into the -o folder, unless
    // FAKE_AOT_FAILS is set and the publish is ahead of time (no PublishAot=false).
    private const string FakeDotnet = """
        #!/bin/sh
        here=$(dirname "$0")
        case "$1" in
          --list-sdks) if [ -f "$here/sdks" ]; then cat "$here/sdks"; else echo "$FAKE_SDKS"; fi ;;
          --version) echo fake ;;
          publish)
            echo "dotnet $*" >> "$LOG"
            case "$*" in *PublishAot=false*) ;; *) [ -z "$FAKE_AOT_FAILS" ] || exit 1 ;; esac
            while [ $# -gt 0 ]; do
              if [ "$1" = "-o" ]; then out="$2"; fi
              shift
            done
            mkdir -p "$out"
            printf '#!/bin/sh\necho "OmsHandbook $*" >> "$LOG"\n' > "$out/OmsHandbook"
            chmod +x "$out/OmsHandbook"
            ;;
          *) echo "dotnet $*" >> "$LOG" ;;
        esac
        """;

    // Stand-in curl: logs the address and writes a stand-in dotnet-install.sh to the -o file.
    private const string FakeCurl = """
        #!/bin/sh
        while [ $# -gt 0 ]; do
          case "$1" in
            -o) out="$2"; shift ;;
            https://*) echo "curl $1" >> "$LOG" ;;
          esac
          shift
        done
        cat > "$out" <<'INSTALLER'
        echo "install $*" >> "$LOG"
        while [ $# -gt 0 ]; do
          if [ "$1" = "--install-dir" ]; then dir="$2"; fi
          shift
        done
        cp "$FAKE_DOTNET" "$dir/dotnet"
        echo "10.0.100 [$dir/sdk]" > "$dir/sdks"
        INSTALLER
        """;

    private static readonly string[] ToolsTheScriptUses = ["bash", "sh", "sed", "head", "cut", "mkdir", "dirname", "cat", "cp", "grep", "sort", "tail", "rm", "chmod", "printf"];

    private readonly TempFolder folder = new();

    public NetlifyBuildScriptTests()
    {
        // The script runs on Netlify's Linux build image; Windows has no bash to run it with.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(folder.File(".ci"));
        File.Copy(Path.Combine(RepoPaths.Root, ".ci", "netlify-build"), folder.File(".ci/netlify-build"));
        File.Copy(Path.Combine(RepoPaths.Root, "global.json"), folder.File("global.json"));

        // Only the tools the script needs, so the machine's own dotnet stays out of reach.
        Directory.CreateDirectory(Tools);
        foreach (var tool in ToolsTheScriptUses)
        {
            File.CreateSymbolicLink(Path.Combine(Tools, tool), ScriptSandbox.Which(tool));
        }

        ScriptSandbox.WriteExecutable(Path.Combine(Tools, "curl"), FakeCurl);
        ScriptSandbox.WriteExecutable(folder.File("fake-dotnet"), FakeDotnet);
    }

    private string Tools => folder.File("tools");

    private string AheadOfTimePublish =>
        $"dotnet publish src/OmsHandbook -c Release -r linux-x64 -p:CppCompilerAndLinker=clang-14 -o {folder.File(".generator")} --nologo";

    private string ReadyToRunPublish =>
        "dotnet publish src/OmsHandbook -c Release -r linux-x64 -p:PublishAot=false -p:PublishReadyToRun=true " +
        $"--self-contained false -o {folder.File(".generator")} --nologo";

    private string Log => folder.File("log.txt");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_build_image_with_the_required_sdk_builds_without_installing_anything()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.Copy(folder.File("fake-dotnet"), Path.Combine(Tools, "dotnet"));
        var (code, output) = Run("10.0.401 [/usr/share/dotnet/sdk]", "--noindex");

        Assert.True(code == 0, output);
        Assert.Equal([ReadyToRunPublish, "OmsHandbook build --noindex"], File.ReadAllLines(Log));
        Assert.Contains("No clang in this build image", output);
    }

    [Fact]
    public void With_clang_the_generator_is_published_ahead_of_time_as_it_ships()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        GiveTheImageTheSdkAndClang();
        var (code, output) = Run("10.0.401 [/usr/share/dotnet/sdk]", "--noindex");

        Assert.True(code == 0, output);
        Assert.Equal([AheadOfTimePublish, "OmsHandbook build --noindex"], File.ReadAllLines(Log));
    }

    [Fact]
    public void A_failed_ahead_of_time_publish_falls_back_to_ready_to_run_and_still_deploys()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        GiveTheImageTheSdkAndClang();
        var (code, output) = Run("10.0.401 [/usr/share/dotnet/sdk]", ("FAKE_AOT_FAILS", "1"));

        Assert.True(code == 0, output);
        Assert.Equal([AheadOfTimePublish, ReadyToRunPublish, "OmsHandbook build"], File.ReadAllLines(Log).Select(l => l.TrimEnd()));
        Assert.Contains("Publishing ahead of time failed", output);
    }

    [Theory]
    [InlineData("8.0.404 [/usr/share/dotnet/sdk]")]
    [InlineData(null)]
    public void An_older_or_missing_sdk_is_installed_from_global_json_into_a_local_folder_and_used(string? sdks)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (sdks is not null)
        {
            File.Copy(folder.File("fake-dotnet"), Path.Combine(Tools, "dotnet"));
        }

        var (code, output) = Run(sdks ?? "");

        Assert.True(code == 0, output);
        var local = folder.File(".dotnet");
        Assert.Equal(
            [
                "curl https://dot.net/v1/dotnet-install.sh",
                $"install --jsonfile global.json --install-dir {local} --no-path",
                ReadyToRunPublish,
                "OmsHandbook build",
            ],
            File.ReadAllLines(Log).Select(l => l.TrimEnd()));
        Assert.Contains("Installing the .NET SDK 10.0.100", output);
    }

    /// <summary>A build image with the stand-in SDK on the path and Debian's name for clang.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private void GiveTheImageTheSdkAndClang()
    {
        File.Copy(folder.File("fake-dotnet"), Path.Combine(Tools, "dotnet"));
        ScriptSandbox.WriteExecutable(Path.Combine(Tools, "clang-14"), "#!/bin/sh\n");
    }

    private (int Code, string Output) Run(string sdks, params string[] arguments) => Run(sdks, null, arguments);

    private (int Code, string Output) Run(string sdks, (string Name, string Value)? variable, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Tools, "bash"), [folder.File(".ci/netlify-build"), .. arguments])
        {
            WorkingDirectory = folder.Path,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = Tools;
        start.Environment["HOME"] = folder.Path;
        start.Environment["LOG"] = Log;
        start.Environment["FAKE_SDKS"] = sdks;
        start.Environment["FAKE_DOTNET"] = folder.File("fake-dotnet");
        if (variable is var (name, value))
        {
            start.Environment[name] = value;
        }

        return ScriptSandbox.Run(start);
    }
}
