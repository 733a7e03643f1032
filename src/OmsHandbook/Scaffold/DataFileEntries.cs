using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Scaffold;

/// <summary>
/// The entries of a list data file (glossary.yml, faq.yml) as the build reads them, so `new` can
/// refuse duplicates, and a way to add one entry to the file.
/// </summary>
/// <typeparam name="T">The loaded entry: a glossary term or a FAQ entry.</typeparam>
public sealed class DataFileEntries<T>
{
    private readonly string path;
    private readonly string shown;
    private readonly string schemaName;
    private readonly Func<InputFile, DiagnosticBag, IReadOnlyList<T>> load;

    internal DataFileEntries(string path, string shown, string schemaName, Func<InputFile, DiagnosticBag, IReadOnlyList<T>> load, IReadOnlyList<T> entries)
    {
        this.path = path;
        this.shown = shown;
        this.schemaName = schemaName;
        this.load = load;
        Entries = entries;
    }

    public IReadOnlyList<T> Entries { get; }

    /// <summary>Appends the entry's lines, keeping everything already in the file as it is.</summary>
    /// <param name="what">The entry as the messages name it, e.g. "the term 'Ataxia'".</param>
    /// <param name="fillIn">What the maintainer writes next, e.g. "its definition".</param>
    public ScaffoldResult Append(IReadOnlyList<string> entry, string what, string fillIn)
    {
        var line = ListEntryAppender.Append(path, schemaName, entry, text =>
        {
            var diagnostics = new DiagnosticBag();
            var entries = load(new InputFile(path, shown, text.ReplaceLineEndings("\n")) { RelativePath = Path.GetFileName(path) }, diagnostics);
            return (entries.Count, diagnostics.Sorted().Count);
        });
        return line is { } at
            ? ScaffoldResult.Done($"Added {what} to {shown} at line {at}; write {fillIn} there, then run check.")
            : ScaffoldResult.Refused($"{what} could not be added to {shown} without changing how the file reads; add it by hand (see CONTRIBUTING.md)");
    }
}

/// <summary>Reads list data files for `new`.</summary>
public static class DataFileEntries
{
    /// <summary>Reads the file (a missing file has no entries).</summary>
    /// <returns>The entries, or a refusal naming the file's problems: an entry cannot be added safely to a broken file.</returns>
    public static (DataFileEntries<T>? File, ScaffoldResult? Refusal) Read<T>(string inputFolder, string fileName, Func<InputFile, DiagnosticBag, IReadOnlyList<T>> load)
    {
        if (!Directory.Exists(inputFolder))
        {
            return (null, ScaffoldResult.Refused($"the input folder '{InputFolder.Display(Path.GetFullPath(inputFolder))}' does not exist; run from the repository root or pass --input DIR"));
        }

        var diagnostics = new DiagnosticBag();
        var input = new InputFolder(inputFolder, diagnostics);
        var file = input.Exists(fileName) ? input.Read(fileName) : null;
        var entries = file is null ? [] : load(file, diagnostics);
        if (diagnostics.HasErrors)
        {
            var problems = string.Join('\n', diagnostics.Sorted().Select(d => d.ToMsBuildFormat()));
            return (null, ScaffoldResult.Refused($"{fileName} has errors; fix them first, then run this again:\n{problems}"));
        }

        var path = input.PathOf(fileName);
        return (new DataFileEntries<T>(path, InputFolder.Display(path), Path.GetFileNameWithoutExtension(fileName), load, entries), null);
    }
}
