using System.Text;
using OmsHandbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OmsHandbook.Tests.Ci;

/// <summary>
/// The pull-request workflow runs what the team promises maintainers: the strict check, every test
/// (the browser ones with Chromium required), the site checked and kept as an artifact, with the test
/// tiers as parallel jobs. Read as a maintainer would notice it broken: a test no job runs, a job
/// waiting on another, a script or project that is not there, a fast job that is not the fast command.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class PullRequestWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static IReadOnlyDictionary<string, YamlMappingNode> Jobs =>
        ((YamlMappingNode)Workflow["jobs"]).Children.ToDictionary(j => ((YamlScalarNode)j.Key).Value!, j => (YamlMappingNode)j.Value);

    /// <summary>The tiers each test project holds: this assembly's by reflection; the browser project's, by its own tier test, Browser alone.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> TiersByProject => new Dictionary<string, IReadOnlyList<string>>
    {
        ["tests/OmsHandbook.Tests"] = Tiers.OfTestClasses(typeof(PullRequestWorkflowTests).Assembly).Values.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToList(),
        ["tests/OmsHandbook.BrowserTests"] = [Tiers.Browser],
    };

    [Fact]
    public void It_runs_on_every_pull_request_with_jobs_side_by_side_each_with_its_own_time_limit()
    {
        Assert.True(((YamlMappingNode)Workflow["on"]).Children.ContainsKey("pull_request"));
        Assert.True(Jobs.Count >= 4, string.Join(", ", Jobs.Keys));
        Assert.All(Jobs, job =>
        {
            Assert.False(job.Value.Children.ContainsKey("needs"), $"{job.Key} waits for another job");
            Assert.True(int.TryParse(Text(job.Value, "timeout-minutes"), out var minutes) && minutes is > 0 and <= 30, $"{job.Key}: timeout-minutes");
        });
    }

    [Fact]
    public void Each_job_runs_on_debian_and_sets_up_dotnet_from_global_json_after_checking_out_and_before_running_it()
    {
        Assert.All(Jobs, job =>
        {
            var steps = Steps(job.Value);
            var checkout = steps.FindIndex(s => Text(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
            var setup = steps.FindIndex(s => Text(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
            var firstDotnet = steps.FindIndex(s => Commands(s).Any(c => c.StartsWith("dotnet ", StringComparison.Ordinal)));

            Assert.StartsWith("debian:", Text(job.Value, "container"));
            Assert.True(checkout >= 0 && checkout < setup && setup < firstDotnet, $"{job.Key}: checkout, setup-dotnet, then dotnet");
            Assert.Equal("global.json", Text((YamlMappingNode)steps[setup]["with"], "global-json-file"));
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "global.json")));
        });
    }

    [Fact]
    public void Every_test_of_every_tier_runs_in_exactly_one_job()
    {
        var runs = Jobs.SelectMany(job => Steps(job.Value).SelectMany(Commands).Where(IsDotnetTest).Select(c => (Job: job.Key, Test: DotnetTest.Parse(c)))).ToList();

        Assert.All(runs, run =>
        {
            Assert.True(run.Test.Project is not null && TiersByProject.ContainsKey(run.Test.Project), $"{run.Job}: '{run.Test.Command}' names no test project (a solution-wide run would take every tier in one job)");
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, run.Test.Project!, Path.GetFileName(run.Test.Project!) + ".csproj")), run.Test.Project);
            Assert.All(run.Test.TierNames, t => Assert.Contains(t, Tiers.All));
        });

        foreach (var (project, tiers) in TiersByProject)
        {
            Assert.NotEmpty(tiers);
            foreach (var tier in tiers)
            {
                var jobs = runs.Where(r => r.Test.Project == project && Runs(r.Test).Contains(tier)).Select(r => r.Job).ToList();
                Assert.True(jobs.Count == 1, $"the {tier} tests of {project} run in {jobs.Count} jobs ({string.Join(", ", jobs)}), not one");
            }
        }
    }

    [Fact]
    public void The_first_job_checks_strictly_and_runs_contributings_fast_command_and_no_slow_or_browser_test()
    {
        var fast = Jobs.First().Value;
        var commands = Steps(fast).SelectMany(Commands).ToList();
        var test = DotnetTest.Parse(commands.Single(IsDotnetTest));

        Assert.Contains("dotnet run --project src/OmsHandbook -- check --format github --strict", commands);
        Assert.Contains(test.Command, File.ReadAllLines(Path.Combine(RepoPaths.Root, "CONTRIBUTING.md")).Select(l => l.Trim()));
        Assert.Equal([Tiers.Site, Tiers.Unit], Runs(test));
        Assert.DoesNotContain(commands, c => c.Contains("chromium", StringComparison.Ordinal));
        var step = Steps(fast).Single(s => Commands(s).Any(IsDotnetTest));
        Assert.Equal("${{ !cancelled() }}", Text(step, "if"));
    }

    [Fact]
    public void The_browser_tests_run_with_debians_chromium_installed_and_required()
    {
        var (name, job) = Jobs.Single(j => Steps(j.Value).SelectMany(Commands).Where(IsDotnetTest).Any(c => Runs(DotnetTest.Parse(c)).Contains(Tiers.Browser)));
        var steps = Steps(job);
        var install = steps.FindIndex(s => Commands(s).Any(c => c.StartsWith("apt-get install -y", StringComparison.Ordinal) && c.Split(' ').Contains("chromium")));
        var test = steps.FindIndex(s => Commands(s).Any(IsDotnetTest));

        Assert.True(install >= 0 && install < test, $"{name}: chromium installed before the browser tests");
        Assert.Equal("1", Text((YamlMappingNode)steps[test]["env"], "OMS_REQUIRE_BROWSER"));
    }

    [Fact]
    public void The_site_is_built_in_release_uploaded_as_an_artifact_and_checked_by_the_script_in_the_repository()
    {
        var (name, job) = Jobs.Single(j => Steps(j.Value).Any(s => Text(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true));
        var steps = Steps(job);
        var build = steps.FindIndex(s => Commands(s).Contains("dotnet run --project src/OmsHandbook -c Release -- build"));
        var upload = steps.FindIndex(s => Text(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        var check = steps.FindIndex(s => Commands(s).Contains("bash .ci/check-html output/"));

        Assert.True(build >= 0 && build < upload && build < check, $"{name}: build, then upload and check");
        Assert.Equal("output/", Text((YamlMappingNode)steps[upload]["with"], "path"));
        Assert.Equal("site", Text((YamlMappingNode)steps[upload]["with"], "name"));
    }

    [Fact]
    public void Every_script_and_project_a_step_names_is_in_the_repository()
    {
        var commands = Jobs.Values.SelectMany(j => Steps(j).SelectMany(Commands)).ToList();
        var scripts = commands.SelectMany(c => c.Split(' ')).Where(w => w.StartsWith(".ci/", StringComparison.Ordinal)).Distinct().ToList();
        var projects = commands.Select(c => c.Split(' ')).SelectMany(w => w.Zip(w.Skip(1)).Where(p => p.First == "--project").Select(p => p.Second)).Distinct().ToList();

        Assert.Contains(".ci/check-html", scripts);
        Assert.All(scripts, s =>
        {
            var path = Path.Combine(RepoPaths.Root, s);
            Assert.True(File.Exists(path), s);
            Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{s} is not executable");
        });
        Assert.Contains("src/OmsHandbook", projects);
        Assert.All(projects, p => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, p, Path.GetFileName(p) + ".csproj")), p));
    }

    [Theory]
    [InlineData("Tier!=Slow", "Unit Site Browser")]
    [InlineData("Tier=Slow", "Slow")]
    [InlineData("Tier!=Slow&Tier!=Browser", "Unit Site")]
    [InlineData("Tier=Unit|Tier=Site", "Unit Site")]
    public void The_filter_reading_selects_the_tiers_dotnet_test_would(string filter, string selected)
    {
        var test = DotnetTest.Parse($"dotnet test tests/OmsHandbook.Tests --filter \"{filter}\"");

        Assert.Equal(selected.Split(' '), Tiers.All.Where(test.Selects));
    }

    /// <summary>The tiers a command runs: those its project holds that its filter selects.</summary>
    private static List<string> Runs(DotnetTest test) =>
        test.Project is not null && TiersByProject.TryGetValue(test.Project, out var tiers) ? tiers.Where(test.Selects).ToList() : [];

    private static bool IsDotnetTest(string command) => command.StartsWith("dotnet test", StringComparison.Ordinal);

    private static List<YamlMappingNode> Steps(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();

    /// <summary>The commands of a step's run: script, one a line.</summary>
    private static IEnumerable<string> Commands(YamlMappingNode step) =>
        Text(step, "run") is { } run ? run.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')) : [];

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value?.Trim() : null;

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pull-request.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>
    /// A `dotnet test` command: the project it names and what its --filter selects of the tier trait.
    /// The filter is read as VSTest reads one made of Tier conditions: '&amp;' binds tighter than '|',
    /// and a test without the named trait value passes '!=' (every test carries one tier, see TierTests).
    /// </summary>
    private sealed record DotnetTest(string Command, string? Project, string? Filter)
    {
        public IEnumerable<string> TierNames => Filter is null ? [] :
            Filter.Split('|', '&').Select(c => c.Split("=", 2)[1]);

        public static DotnetTest Parse(string command)
        {
            var words = Words(command);
            var filter = words.IndexOf("--filter");
            var project = words.Skip(2).FirstOrDefault(w => !w.StartsWith('-') && (filter < 0 || w != words[filter + 1]));
            return new DotnetTest(command, project?.TrimEnd('/'), filter < 0 ? null : words[filter + 1]);
        }

        public bool Selects(string tier) =>
            Filter is null || Filter.Split('|').Any(all => all.Split('&').All(condition => condition switch
            {
                _ when condition.StartsWith(Tiers.Trait + "!=", StringComparison.Ordinal) => condition[(Tiers.Trait.Length + 2)..] != tier,
                _ when condition.StartsWith(Tiers.Trait + "=", StringComparison.Ordinal) => condition[(Tiers.Trait.Length + 1)..] == tier,
                _ => throw new InvalidOperationException($"'{condition}' in '{Filter}' is not a Tier condition"),
            }));

        /// <summary>A command's words as the shell splits them: double quotes keep spaces and go.</summary>
        private static List<string> Words(string command)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            var quoted = false;
            foreach (var c in command + " ")
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ' ' && !quoted)
                {
                    if (word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                    }
                }
                else
                {
                    word.Append(c);
                }
            }

            return words;
        }
    }
}
