namespace OmsHandbook.Tests.Support;

/// <summary>
/// The real Spanish edition (input/es) as a site of its own, with the references and media it shares
/// with the English one, so its prose can be built and read in Spanish before the build knows editions.
/// Its links into English headings and its figures (../../media/…) are reported as broken there; its
/// words are read all the same.
/// </summary>
public sealed class SpanishEdition : IDisposable
{
    private readonly TempFolder folder = new();

    private SpanishEdition()
    {
    }

    public string Input => folder.File("input");

    public string Output => folder.File("output");

    public static SpanishEdition Copy()
    {
        var edition = new SpanishEdition();
        CopyTree(Path.Combine(RepoPaths.Input, "es"), edition.Input);
        File.Copy(Path.Combine(RepoPaths.Input, "references.yml"), Path.Combine(edition.Input, "references.yml"));
        CopyTree(Path.Combine(RepoPaths.Input, "media"), Path.Combine(edition.Input, "media"));
        return edition;
    }

    public void Dispose() => folder.Dispose();

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
