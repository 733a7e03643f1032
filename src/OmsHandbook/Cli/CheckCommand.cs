using System.CommandLine;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Cli;

/// <summary>`check`: everything the build checks, without touching the output folder; `--strict` fails on warnings.</summary>
/// <param name="beforeStage">Test seam, handed to every build (<see cref="BuildOptions"/>).</param>
public sealed class CheckCommand(TextWriter stdout, TextWriter stderr, Action<string>? beforeStage = null)
{
    private readonly SiteOptions options = new(beforeStage);
    private readonly Option<bool> strict = new("--strict") { Description = "Treats warnings as errors (as pull requests do)." };

    public Command CreateCommand()
    {
        var command = new Command("check", "Checks the handbook as a build would, without writing the site.");
        options.AddTo(command);
        command.Add(strict);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        if (await options.ReadAsync(parse, writeOutput: false, stderr) is not { } checkOptions)
        {
            return CommandLine.BadUsage;
        }

        var result = await new SiteBuilder().BuildAsync(checkOptions, cancellation);
        await options.PrintDiagnosticsAsync(parse, result, stderr);
        await options.PrintReportAsync(parse, result, stdout);
        var passed = result.Succeeded && !(parse.GetValue(strict) && result.Diagnostics.BlockingWarningCount > 0);
        await stdout.WriteLineAsync((passed ? "Check passed: " : "Check failed: ") + SiteOptions.Counts(result));
        return passed ? CommandLine.Success : CommandLine.Failed;
    }
}
