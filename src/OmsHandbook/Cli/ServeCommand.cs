using System.CommandLine;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Serve;

namespace OmsHandbook.Cli;

/// <summary>`serve`: the live preview at http://localhost:5080, rebuilt and reloaded on every save, until Ctrl+C.</summary>
public sealed class ServeCommand(TextWriter stdout, TextWriter stderr)
{
    private readonly Option<string> input = new("--input") { Description = "The handbook's input folder.", DefaultValueFactory = _ => "input" };
    private readonly Option<int> port = new("--port") { Description = "The port to serve on (0 picks a free one).", DefaultValueFactory = _ => PreviewOptions.DefaultPort };
    private readonly Option<bool> allowOverdue = new("--allow-overdue") { Description = "Reports pages past their review date as warnings, for local work." };
    private readonly TodayOption today = new("Judges review dates as of this day (YYYY-MM-DD) instead of today.");

    public Command CreateCommand()
    {
        var command = new Command("serve", "Previews the handbook at http://localhost:5080, rebuilding and reloading open pages on every save.");
        command.Add(input);
        command.Add(port);
        command.Add(allowOverdue);
        today.AddTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        var portNumber = parse.GetValue(port);
        if (portNumber is < 0 or > 65535)
        {
            await stderr.WriteLineAsync($"--port must be a number from 1 to 65535 (or 0 for any free port), not {portNumber}.");
            return CommandLine.BadUsage;
        }

        if (await today.ReadAsync(parse, stderr) is not { } day)
        {
            return CommandLine.BadUsage;
        }

        var inputFolder = parse.GetValue(input)!;
        if (!Directory.Exists(inputFolder))
        {
            // A preview of nothing would only ever show the waiting page; say what `build` says and stop.
            var missing = new Diagnostic(DiagnosticCodes.InputMissing, Severity.Error, SourceLocation.StartOf(InputFolder.Display(Path.GetFullPath(inputFolder))),
                "the input folder does not exist; run from the repository root or pass --input DIR");
            await stderr.WriteLineAsync(missing.ToMsBuildFormat());
            return CommandLine.Failed;
        }

        var options = PreviewOptions.ForRepository(inputFolder, portNumber, day, parse.GetValue(allowOverdue));
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, stdout, stderr, cancellation);
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"The preview cannot listen on port {portNumber} ({ex.Message}); stop the program using it, or pass --port with another number.");
            return CommandLine.Failed;
        }
        catch (OperationCanceledException)
        {
            return CommandLine.Success;
        }

        await using (server)
        {
            await stdout.WriteLineAsync($"Serving the handbook at {server.Address} - press Ctrl+C to stop.");
            await stdout.WriteLineAsync("Watching " + string.Join(", ", server.Watched.Select(InputFolder.Display)) + "; open pages reload after every save.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the normal way to stop.
            }

            await server.StopAsync();
        }

        await stdout.WriteLineAsync("Preview stopped.");
        return CommandLine.Success;
    }
}
