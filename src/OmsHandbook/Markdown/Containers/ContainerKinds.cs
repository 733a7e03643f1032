using Markdig.Parsers;

namespace OmsHandbook.Markdown.Containers;

/// <summary>The registry of <c>:::</c> block kinds: each name after the fence, and the parser that makes that kind's block.</summary>
/// <remarks>Filled while the Markdig pipeline is built, then only read, by every page's parse at once.</remarks>
public sealed class ContainerKinds
{
    private readonly Dictionary<string, (Type Block, BlockParser Parser)> byName = new(StringComparer.Ordinal);
    private readonly List<string> names = [];

    /// <summary>Every registered name, in the order the extensions registered them (the order messages list them in).</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>Makes a <typeparamref name="T"/> block of every fence that carries one of the names.</summary>
    /// <exception cref="InvalidOperationException">A name is already another kind's.</exception>
    public void Add<T>(IEnumerable<string> kindNames, Func<BlockParser, T> create)
        where T : FencedContainer
    {
        var parser = new FencedContainerParser<T>(create);
        foreach (var name in kindNames)
        {
            if (byName.TryGetValue(name, out var claimed))
            {
                // Setting the same extension up twice is harmless; two kinds under one name would make one unreachable.
                if (claimed.Block != typeof(T))
                {
                    throw new InvalidOperationException($"'::: {name}' is already the name of {claimed.Block.Name} blocks; {typeof(T).Name} needs another name");
                }

                continue;
            }

            byName.Add(name, (typeof(T), parser));
            names.Add(name);
        }
    }

    /// <summary>The parser of the kind with this name, or null for a name no kind registered.</summary>
    public BlockParser? Find(string name) => byName.TryGetValue(name, out var kind) ? kind.Parser : null;
}
