namespace OmsHandbook.Bench.Corpus;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime and machine
/// (System.Random's seeded sequence is not promised to stay the same across .NET versions).
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>An independent stream for one purpose and item, so adding chapters never changes earlier ones.</summary>
    public static SeededRandom For(int seed, string purpose, int item)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var c in purpose)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var mixed = new SeededRandom(hash ^ ((ulong)(uint)seed << 32) ^ (uint)item).NextULong();
        return new SeededRandom(mixed);
    }

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from 0 to <paramref name="count"/> - 1.</summary>
    public int Next(int count) => (int)(NextULong() % (ulong)count);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>True with the given probability (0 to 100 per cent).</summary>
    public bool Percent(int chance) => Next(100) < chance;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>The items in a shuffled order (Fisher–Yates).</summary>
    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
