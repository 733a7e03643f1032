using OmsHandbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OmsHandbook.Tests.Ci;

/// <summary>The pull-request workflow runs what the team promises maintainers: the strict check, every test with the browser, the site as an artifact.</summary>
[Trait("Tier", "Unit")]
public sealed class PullRequestWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static IReadOnlyList<YamlMappingNode> Steps =>
        ((YamlSequenceNode)Job["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Job => (YamlMappingNode)((YamlMappingNode)Workflow["jobs"]).Children.Single().Value;

    [Fact]
    public void It_runs_on_every_pull_request()
    {
        Assert.True(((YamlMappingNode)Workflow["on"]).Children.ContainsKey("pull_request"));
    }

    [Fact]
    public void It_sets_up_dotnet_from_global_json_and_installs_debians_chromium()
    {
        var setup = Steps.Single(s => Text(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.Equal("global.json", Text((YamlMappingNode)setup["with"], "global-json-file"));
        Assert.StartsWith("debian:", Text(Job, "container"));
        Assert.Contains(Steps, s => Text(s, "run") is { } run && run.Contains("apt-get install -y", StringComparison.Ordinal) && run.EndsWith(" chromium", StringComparison.Ordinal));
    }

    [Fact]
    public void It_checks_strictly_with_annotations_before_testing_with_the_browser_required_then_uploads_the_site()
    {
        var check = Index(s => Text(s, "run") == "dotnet run --project src/OmsHandbook -- check --format github --strict");
        var test = Index(s => Text(s, "run") == "dotnet test");
        var build = Index(s => Text(s, "run")?.StartsWith("dotnet run --project src/OmsHandbook", StringComparison.Ordinal) == true && Text(s, "run")!.EndsWith(" build", StringComparison.Ordinal));
        var upload = Index(s => Text(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);

        Assert.True(check < test && test < build && build < upload, "check, test, build, upload in that order");
        Assert.Equal("1", Text((YamlMappingNode)Steps[test]["env"], "OMS_REQUIRE_BROWSER"));
        Assert.Equal("output/", Text((YamlMappingNode)Steps[upload]["with"], "path"));
    }

    private static int Index(Func<YamlMappingNode, bool> match)
    {
        var index = Steps.ToList().FindIndex(s => match(s));
        Assert.True(index >= 0, "step not found");
        return index;
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value?.Trim() : null;

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pull-request.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
