using OmsHandbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OmsHandbook.Tests.Ci;

/// <summary>The daily check: a page past its review date fails visibly even when nobody pushes, and the published site can be rebuilt.</summary>
[Trait("Tier", "Unit")]
public sealed class DailyCheckWorkflowTests
{
    [Fact]
    public void Every_day_it_runs_the_strict_check_and_then_calls_the_build_hook_only_when_one_is_set()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "daily-check.yml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        var on = (YamlMappingNode)root.Children["on"];
        var cron = ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)on.Children["schedule"]).Children[0]).Children["cron"]).Value!;
        Assert.Matches(@"^\d{1,2} \d{1,2} \* \* \*$", cron);

        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root.Children["jobs"]).Children["check"]).Children["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var runs = steps.Select(s => s.Children.TryGetValue("run", out var run) ? ((YamlScalarNode)run).Value! : "").ToList();
        var check = runs.FindIndex(r => r.Contains("dotnet run --project src/OmsHandbook -- check", StringComparison.Ordinal));
        var hook = runs.FindIndex(r => r.Contains("NETLIFY_BUILD_HOOK", StringComparison.Ordinal));
        Assert.True(check >= 0 && runs[check].Contains("--strict", StringComparison.Ordinal), "no strict check");
        Assert.True(hook > check, "the build hook must come after the check, so a failing check rebuilds nothing");
        Assert.Contains("if [ -n \"$NETLIFY_BUILD_HOOK\" ]", runs[hook], StringComparison.Ordinal);
    }
}
