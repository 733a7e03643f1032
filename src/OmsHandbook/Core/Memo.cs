using System.Collections.Concurrent;

namespace OmsHandbook.Core;

/// <summary>What every memo table does between builds: start counting, and forget what the last whole build did not ask for.</summary>
public interface IMemo
{
    /// <summary>Starts a build: nothing asked for yet, nothing made.</summary>
    void Begin();

    /// <summary>After a whole build: forgets every value this build did not ask for. A table the build never consulted keeps all it has.</summary>
    void Sweep();
}

/// <summary>
/// One kind of work the preview remembers between builds, by a content hash of everything the work
/// was made from (<see cref="ContentHash"/>): a key either finds the very result a fresh build would
/// make, or nothing. So nothing here is ever stale, and a build dropped halfway leaves nothing wrong behind.
/// </summary>
public sealed class Memo<T> : IMemo
{
    private readonly ConcurrentDictionary<string, T> values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> asked = new(StringComparer.Ordinal);
    private int made;

    /// <summary>How many values this build made rather than found.</summary>
    public int Made => Volatile.Read(ref made);

    /// <summary>The value for the key, made (and remembered) only when it is not known.</summary>
    public T GetOrMake(string key, Func<T> make)
    {
        asked[key] = 0;
        if (values.TryGetValue(key, out var known))
        {
            return known;
        }

        Interlocked.Increment(ref made);
        var value = make();
        values[key] = value;
        return value;
    }

    /// <summary>The value for the key, when it is known.</summary>
    public bool TryGet(string key, out T value)
    {
        asked[key] = 0;
        return values.TryGetValue(key, out value!);
    }

    /// <summary>Remembers a value made outside <see cref="GetOrMake"/> (when making it yields more than the value).</summary>
    public void Add(string key, T value)
    {
        asked[key] = 0;
        Interlocked.Increment(ref made);
        values[key] = value;
    }

    /// <summary>Counts work that has no cheap key, so it is made every build and never remembered.</summary>
    public void CountUnkeyed() => Interlocked.Increment(ref made);

    public void Begin()
    {
        asked.Clear();
        Volatile.Write(ref made, 0);
    }

    public void Sweep()
    {
        if (asked.IsEmpty)
        {
            return;
        }

        foreach (var key in values.Keys.Where(k => !asked.ContainsKey(k)))
        {
            values.TryRemove(key, out _);
        }
    }
}
