using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OmsHandbook.Cli;
using OmsHandbook.Core;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Tests.Support;

/// <summary>Runs builds in-process and reads what they wrote.</summary>
public static class Build
{
    /// <summary>The day every test build is judged against, so review dates never make a test depend on the clock.</summary>
    public static readonly DateOnly Today = new(2026, 11, 21);

    public const string TodayArgument = "2026-11-21";

    public static Task<BuildResult> Run(string input, string output, string? baseUrl = null, DateOnly? today = null, bool allowOverdue = false) =>
        new SiteBuilder().BuildAsync(new BuildOptions(input, output, today ?? Today, baseUrl, allowOverdue));

    /// <summary>Runs the real command line, as a maintainer would, capturing what it prints.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static IHtmlDocument Page(string output, string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, relative)));

    public static IReadOnlyList<string> Errors(BuildResult result) =>
        result.Diagnostics.Sorted().Select(d => d.ToMsBuildFormat()).ToList();

    public static Diagnostic Sole(BuildResult result, string code)
    {
        var matching = result.Diagnostics.Sorted().Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n" + string.Join('\n', Errors(result)));
        return matching[0];
    }
}
