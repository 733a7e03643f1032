using System.CommandLine;
using System.Globalization;
using OmsHandbook.Content;
using OmsHandbook.Pipeline;
using OmsHandbook.Readability;

namespace OmsHandbook.Cli;

/// <summary>The options `build` and `check` share, how they become <see cref="BuildOptions"/>, and how results are printed.</summary>
/// <param name="beforeStage">Test seam, handed to every build (<see cref="BuildOptions"/>).</param>
public sealed class SiteOptions(Action<string>? beforeStage = null)
{
    private readonly Option<string> input = new("--input") { Description = "The handbook's input folder.", DefaultValueFactory = _ => "input" };
    private readonly Option<string> output = new("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
    private readonly Option<string?> baseUrl = new("--base-url") { Description = "Overrides base_url from site.yml (e.g. for previews)." };
    private readonly Option<string> format = CreateFormatOption();
    private readonly Option<bool> allowOverdue = new("--allow-overdue") { Description = "Reports pages past their review date as warnings, for local work." };
    private readonly Option<bool> noIndex = new("--noindex") { Description = "Keeps search engines away (deploy previews): writes _headers with X-Robots-Tag and a robots meta tag on every page." };
    private readonly TodayOption today = new("Judges review dates as of this day (YYYY-MM-DD) instead of today, to see what falls due.");
    private readonly Option<bool> report = new("--report") { Description = "Prints a readability table: each page's audience, words, SMOG grade and longest sentence." };

    public void AddTo(Command command)
    {
        command.Add(input);
        command.Add(output);
        command.Add(baseUrl);
        command.Add(format);
        command.Add(allowOverdue);
        command.Add(noIndex);
        today.AddTo(command);
        command.Add(report);
    }

    /// <returns>The options, or null after telling the user what is wrong with them.</returns>
    public async Task<BuildOptions?> ReadAsync(ParseResult parse, bool writeOutput, TextWriter stderr)
    {
        var url = parse.GetValue(baseUrl);
        if (url is not null && PublishedValue.SiteAddress.Problem(url) is { } problem)
        {
            await stderr.WriteLineAsync($"--base-url {problem}.");
            return null;
        }

        if (await today.ReadAsync(parse, stderr) is not { } day)
        {
            return null;
        }

        return new BuildOptions(parse.GetValue(input)!, parse.GetValue(output)!, day, url, parse.GetValue(allowOverdue))
        {
            WriteOutput = writeOutput,
            NoIndex = parse.GetValue(noIndex),
            BeforeStage = beforeStage,
        };
    }

    public async Task PrintDiagnosticsAsync(ParseResult parse, BuildResult result, TextWriter stderr)
    {
        var github = parse.GetValue(format) == "github";
        foreach (var diagnostic in result.Diagnostics.Sorted())
        {
            await stderr.WriteLineAsync(github ? diagnostic.ToGitHubFormat() : diagnostic.ToMsBuildFormat());
        }
    }

    /// <summary>Prints the readability table when `--report` asked for it and the build got as far as reading the words.</summary>
    public async Task PrintReportAsync(ParseResult parse, BuildResult result, TextWriter stdout)
    {
        if (parse.GetValue(report) && result.Readability.Count > 0)
        {
            await stdout.WriteLineAsync(ReadabilityTable.Format(result.Readability));
        }
    }

    /// <summary>"8 pages, 35 glossary terms, 15 FAQ entries, 0 warnings, 0 errors in 0.51 s".</summary>
    public static string Counts(BuildResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Pages} pages, {result.GlossaryTerms} glossary terms, {result.FaqEntries} FAQ entries, {result.Diagnostics.WarningCount} warnings, {result.Diagnostics.ErrorCount} errors in {result.Elapsed.TotalSeconds:0.00} s");

    /// <summary>"Offline copy: 2.6 MB in 60 files (en-GB), 2.9 MB in 63 files (es)": what a reader's device keeps of each edition.</summary>
    public static string OfflineCopies(BuildResult result) => "Offline copy: " + string.Join(", ", result.Offline.Select(o => string.Create(CultureInfo.InvariantCulture,
        $"{Site.OfflineCopy.Megabytes(o.Bytes)} in {o.Files} files ({o.Language}{(o.KeepsAll ? "" : ", the essentials and the pages a reader opens")})")));

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
