using System.CommandLine;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Cli;

/// <summary>`build` (also what runs with no command): input/ to output/, every diagnostic printed, one summary line.</summary>
/// <param name="beforeStage">Test seam, handed to every build (<see cref="BuildOptions"/>).</param>
public sealed class BuildCommand(TextWriter stdout, TextWriter stderr, Action<string>? beforeStage = null)
{
    private readonly SiteOptions options = new(beforeStage);

    public Command CreateCommand()
    {
        var command = new Command("build", "Builds the site (the default when no command is given).");
        AddTo(command);
        return command;
    }

    /// <summary>Adds the build options and action to a command; the root command builds too.</summary>
    public void AddTo(Command command)
    {
        options.AddTo(command);
        command.SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        if (await options.ReadAsync(parse, writeOutput: true, stderr) is not { } buildOptions)
        {
            return CommandLine.BadUsage;
        }

        var result = await new SiteBuilder().BuildAsync(buildOptions, cancellation);
        await options.PrintDiagnosticsAsync(parse, result, stderr);
        await options.PrintReportAsync(parse, result, stdout);
        await stdout.WriteLineAsync((result.Succeeded ? "Build succeeded: " : "Build failed, output unchanged: ") + SiteOptions.Counts(result));
        if (result.Offline.Count > 0)
        {
            await stdout.WriteLineAsync(SiteOptions.OfflineCopies(result));
        }
        return result.Succeeded ? CommandLine.Success : CommandLine.Failed;
    }
}
