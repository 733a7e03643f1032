using System.CommandLine;
using System.Globalization;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Cli;

/// <summary>`build` (also what runs with no command): input/ to output/, every diagnostic printed, one summary line.</summary>
public sealed class BuildCommand(TextWriter stdout, TextWriter stderr)
{
    private readonly Option<string> input = new("--input") { Description = "The handbook's input folder.", DefaultValueFactory = _ => "input" };
    private readonly Option<string> output = new("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
    private readonly Option<string?> baseUrl = new("--base-url") { Description = "Overrides base_url from site.yml (e.g. for previews)." };
    private readonly Option<string> format = CreateFormatOption();
    private readonly Option<bool> allowOverdue = new("--allow-overdue") { Description = "Reports pages past their review date as warnings, for local work." };
    private readonly Option<string?> today = new("--today") { Description = "Judges review dates as of this day (YYYY-MM-DD) instead of today, to see what falls due." };

    public Command CreateCommand()
    {
        var command = new Command("build", "Builds the site (the default when no command is given).");
        AddTo(command);
        return command;
    }

    /// <summary>Adds the build options and action to a command; the root command builds too.</summary>
    public void AddTo(Command command)
    {
        command.Add(input);
        command.Add(output);
        command.Add(baseUrl);
        command.Add(format);
        command.Add(allowOverdue);
        command.Add(today);
        command.SetAction((parse, cancellation) => RunAsync(parse, cancellation));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        var url = parse.GetValue(baseUrl);
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            await stderr.WriteLineAsync($"--base-url must be an absolute address such as https://example.org, not '{url}'.");
            return CommandLine.BadUsage;
        }

        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        if (parse.GetValue(today) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            await stderr.WriteLineAsync($"--today must be a date written as YYYY-MM-DD, not '{text}'.");
            return CommandLine.BadUsage;
        }

        var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(output)!, day, url, parse.GetValue(allowOverdue));
        BuildResult result;
        try
        {
            result = await new SiteBuilder().BuildAsync(options, cancellation);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("Build cancelled; the previous output is unchanged.");
            return CommandLine.Failed;
        }

        var github = parse.GetValue(format) == "github";
        foreach (var diagnostic in result.Diagnostics.Sorted())
        {
            await stderr.WriteLineAsync(github ? diagnostic.ToGitHubFormat() : diagnostic.ToMsBuildFormat());
        }

        await stdout.WriteLineAsync(Summary(result));
        return result.Succeeded ? CommandLine.Success : CommandLine.Failed;
    }

    private static string Summary(BuildResult result)
    {
        var diagnostics = result.Diagnostics;
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{result.Pages} pages, {result.GlossaryTerms} glossary terms, {result.FaqEntries} FAQ entries, {diagnostics.WarningCount} warnings, {diagnostics.ErrorCount} errors in {result.Elapsed.TotalSeconds:0.00} s");
        return result.Succeeded ? "Build succeeded: " + counts : "Build failed, output unchanged: " + counts;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "How to print diagnostics: msbuild (default) or github (pull-request annotations).",
            DefaultValueFactory = _ => "msbuild",
        };
        option.AcceptOnlyFromAmong("msbuild", "github");
        return option;
    }
}
