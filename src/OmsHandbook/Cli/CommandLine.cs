using System.CommandLine;
using OmsHandbook.Core;

namespace OmsHandbook.Cli;

/// <summary>Wires the commands together. Exit codes: 0 success, 1 the build found errors, 2 bad usage.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => RunAsync(args, stdout, stderr, beforeStage: null);

    /// <param name="beforeStage">Test seam: called as each build stage starts, so a test can make one fail.</param>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<string>? beforeStage)
    {
        var root = new RootCommand("Builds the OMS Handbook from its Markdown and YAML input into a static site.");
        var build = new BuildCommand(stdout, stderr, beforeStage);
        build.AddTo(root);
        root.Add(build.CreateCommand());
        root.Add(new CheckCommand(stdout, stderr, beforeStage).CreateCommand());
        root.Add(new NewCommand(stdout, stderr).CreateCommand());
        root.Add(new ServeCommand(stdout, stderr).CreateCommand());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync(error.Message);
            }

            await stderr.WriteLineAsync("Run with --help to see the commands and options.");
            return BadUsage;
        }

        try
        {
            // Ctrl+C cancels the build, which then deletes its staging folder. System.CommandLine ends the
            // process outright if that takes longer than this; its default of two seconds is too short on
            // a busy machine, and an outright end leaves the staging folder for the next build to sweep.
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the output folder is only ever swapped whole, so it is still the previous site.
            await stderr.WriteLineAsync("Cancelled; the previous output is unchanged.");
            return Failed;
        }
        catch (Exception ex)
        {
            // The build turns its own faults into OMS0004; this is the last net for every other command.
            var command = parsed.CommandResult.Command.Name;
            await stderr.WriteLineAsync($"error {DiagnosticCodes.InternalError}: '{command}' stopped: {ex.GetType().Name}: {ex.Message}; this is a fault in the generator, not in your input, so please report it with what you ran");
            return Failed;
        }
    }
}
