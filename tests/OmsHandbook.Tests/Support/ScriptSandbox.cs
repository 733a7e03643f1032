using System.Diagnostics;

namespace OmsHandbook.Tests.Support;

/// <summary>
/// What the tests of our shell scripts share: stand-in tools written as small scripts, the real
/// tools a script may use, and a run that waits for the script and returns all it printed.
/// </summary>
public static class ScriptSandbox
{
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void WriteExecutable(string path, string script)
    {
        File.WriteAllText(path, script.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Where Debian keeps a tool, to link into a folder that is the script's whole PATH.</summary>
    public static string Which(string tool) =>
        File.Exists("/usr/bin/" + tool) ? "/usr/bin/" + tool : "/bin/" + tool;

    /// <summary>Runs the script to its end (two minutes at most, unless told) and returns its exit code and what it printed.</summary>
    public static (int Code, string Output) Run(ProcessStartInfo start, TimeSpan? limit = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(limit ?? TimeSpan.FromMinutes(2)), "the script did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
