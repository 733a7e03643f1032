using OmsHandbook.Core;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>
/// A build deletes what its output folder held, so where it may write is checked before any work:
/// never over the input, the working folder or someone else's files; through a symbolic link, not
/// over it; one build at a time; and a killed build's leftovers are cleared by the next.
/// </summary>
[Trait("Tier", "Site")]
public sealed class OutputFolderTests
{
    [Fact]
    public async Task Building_into_the_input_folder_is_refused_and_the_chapters_stay()
    {
        using var handbook = new SmallHandbook();
        var before = Directory.GetFiles(handbook.Input, "*", SearchOption.AllDirectories).Order().ToList();

        var (code, stdout, stderr) = await Build.Cli("build", "--input", handbook.Input, "--output", handbook.Input, "--today", Build.TodayArgument);

        Assert.Equal(1, code);
        Assert.Contains("error OMS0502: the output folder is the input folder", stderr);
        Assert.DoesNotContain("Build succeeded", stdout);
        Assert.Equal(before, Directory.GetFiles(handbook.Input, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public async Task Building_into_the_folder_that_holds_the_input_is_refused_and_what_sits_beside_input_stays()
    {
        using var handbook = new SmallHandbook();
        var repository = Path.GetDirectoryName(handbook.Input)!;
        File.WriteAllText(Path.Combine(repository, "README.md"), "keep me");

        var result = await Build.Run(handbook.Input, repository);

        Assert.Contains("holds the input folder", Build.Sole(result, DiagnosticCodes.OutputFolderRefused).Message);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(repository, "README.md")));
        Assert.True(File.Exists(handbook.PathOf("chapters/01-symptoms.md")));
    }

    [Fact]
    public async Task An_output_inside_the_input_is_refused_so_a_build_never_republishes_itself()
    {
        using var handbook = new SmallHandbook();

        var result = await Build.Run(handbook.Input, handbook.PathOf("site"));

        Assert.Contains("inside the input folder", Build.Sole(result, DiagnosticCodes.OutputFolderRefused).Message);
        Assert.False(Directory.Exists(handbook.PathOf("site")));
    }

    [Fact]
    public async Task An_output_named_through_a_link_to_the_input_is_refused()
    {
        using var handbook = new SmallHandbook();
        var link = Path.Combine(Path.GetDirectoryName(handbook.Input)!, "looks-like-output");
        Directory.CreateSymbolicLink(link, handbook.Input);

        var result = await Build.Run(handbook.Input, link);

        Build.Sole(result, DiagnosticCodes.OutputFolderRefused);
        Assert.True(File.Exists(handbook.PathOf("site.yml")));
    }

    [Fact]
    public async Task An_output_holding_someone_elses_files_or_a_repository_is_refused_and_left_as_it_was()
    {
        using var handbook = new SmallHandbook();
        Directory.CreateDirectory(Path.Combine(handbook.Output, "photos"));
        File.WriteAllText(Path.Combine(handbook.Output, "photos", "holiday.jpg"), "precious");

        var foreign = await Build.Run(handbook.Input, handbook.Output);

        Assert.Contains("did not write", Build.Sole(foreign, DiagnosticCodes.OutputFolderRefused).Message);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(handbook.Output, "photos", "holiday.jpg")));

        // A site we built, kept in a git checkout (to publish from it), keeps its history too.
        Directory.Delete(handbook.Output, recursive: true);
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        Directory.CreateDirectory(Path.Combine(handbook.Output, ".git"));
        var repository = await Build.Run(handbook.Input, handbook.Output);
        Assert.Contains("git repository", Build.Sole(repository, DiagnosticCodes.OutputFolderRefused).Message);
        Assert.True(Directory.Exists(Path.Combine(handbook.Output, ".git")));
    }

    [Fact]
    public async Task An_output_that_is_a_symbolic_link_is_written_through_and_stays_a_link()
    {
        using var handbook = new SmallHandbook();
        using var webRoot = new TempFolder();
        var target = webRoot.File("www");
        Directory.CreateSymbolicLink(handbook.Output, target);

        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        handbook.Write("chapters/01-symptoms.md", File.ReadAllText(handbook.PathOf("chapters/01-symptoms.md")).Replace("dancing eyes", "eyes that dance", StringComparison.Ordinal));
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        Assert.Equal(target, new DirectoryInfo(handbook.Output).LinkTarget);
        Assert.Contains("eyes that dance", File.ReadAllText(Path.Combine(target, "symptoms", "index.html")), StringComparison.Ordinal);
        Assert.Equal(["www"], Directory.GetFileSystemEntries(webRoot.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_output_whose_parent_cannot_be_made_is_a_diagnostic_not_a_crash()
    {
        using var handbook = new SmallHandbook();
        using var elsewhere = new TempFolder();
        elsewhere.Write("a-file", "not a folder");

        var result = await Build.Run(handbook.Input, Path.Combine(elsewhere.File("a-file"), "output"));

        Assert.Contains("cannot be made", Build.Sole(result, DiagnosticCodes.OutputNotWritten).Message);
        Assert.Equal("not a folder", File.ReadAllText(elsewhere.File("a-file")));
    }

    [Fact]
    public async Task A_second_build_into_the_same_output_waits_its_turn_with_a_clear_message()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        var before = File.ReadAllBytes(Path.Combine(handbook.Output, "symptoms", "index.html"));
        handbook.Write("chapters/01-symptoms.md", File.ReadAllText(handbook.PathOf("chapters/01-symptoms.md")).Replace("dancing eyes", "eyes that dance", StringComparison.Ordinal));

        // The lock another build would hold while it writes.
        using (new FileStream(handbook.Output + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var blocked = await Build.Run(handbook.Input, handbook.Output);
            Assert.Contains("another build is writing this output folder", Build.Sole(blocked, DiagnosticCodes.OutputInUse).Message);
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(handbook.Output, "symptoms", "index.html")));
        }

        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        Assert.False(File.Exists(handbook.Output + ".lock"), "the lock goes with the build that held it");
    }

    [Fact]
    public async Task The_next_build_clears_what_killed_builds_left_beside_the_output()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        Directory.CreateDirectory(handbook.Output + ".new-0123abcd");
        File.WriteAllText(Path.Combine(handbook.Output + ".new-0123abcd", "index.html"), "half a site");
        Directory.CreateDirectory(handbook.Output + ".old-89abcdef");
        Directory.CreateDirectory(handbook.Output + ".notes");

        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        Assert.Equal(["input", "output", "output.notes"],
            Directory.GetFileSystemEntries(Path.GetDirectoryName(handbook.Output)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_build_killed_between_the_two_renames_of_a_swap_gets_its_site_back_at_the_next_build_even_a_failed_one()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        // Where a file system cannot exchange folders, a swap is two renames; killed after the first:
        Directory.Move(handbook.Output, handbook.Output + ".old-0000beef");
        handbook.Write("index.md", "---\ntitle: Home\ndescription: Home.\n---\nRead [this](01-missing.md).\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.False(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(handbook.Output, "symptoms", "index.html")), "the previous site is back in place");
        Assert.False(Directory.Exists(handbook.Output + ".old-0000beef"));
    }

    [Fact]
    public void Two_folders_are_exchanged_in_one_step_on_linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // renameat2 is Linux's; CI runs on Linux.
        }

        using var folder = new TempFolder();
        folder.Write("a/which", "a");
        folder.Write("b/which", "b");

        Assert.True(FolderExchange.TryExchange(folder.File("a"), folder.File("b")));

        Assert.Equal("b", File.ReadAllText(folder.File("a/which")));
        Assert.Equal("a", File.ReadAllText(folder.File("b/which")));
    }

    [Fact]
    public async Task A_named_pipe_in_the_input_is_reported_and_never_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Named pipes in folders are a Unix thing; CI runs on Linux.
        }

        using var handbook = new SmallHandbook();
        var pipe = handbook.PathOf("chapters/03-notes.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
        }

        // Opening the pipe would wait for a writer for ever; the guard fails the test instead of hanging it.
        var result = await Build.Run(handbook.Input, handbook.Output).WaitAsync(TimeSpan.FromMinutes(2));

        var diagnostic = Build.Sole(result, DiagnosticCodes.NotARegularFile);
        Assert.EndsWith("chapters/03-notes.md", diagnostic.Location.File);
        Assert.Contains("named pipe", diagnostic.Message);
        Assert.False(Directory.Exists(handbook.Output));
    }
}
