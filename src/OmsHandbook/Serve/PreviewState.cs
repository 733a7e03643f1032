namespace OmsHandbook.Serve;

/// <summary>
/// The snapshot every request reads and every build replaces. A snapshot is never changed once
/// made, so a request sees one consistent site however builds and requests interleave.
/// </summary>
public sealed class PreviewState(PreviewSnapshot initial)
{
    private PreviewSnapshot current = initial;

    public PreviewSnapshot Current => Volatile.Read(ref current);

    /// <summary>Replaces the snapshot. Only the rebuild loop calls this, one build at a time.</summary>
    public PreviewSnapshot Update(Func<PreviewSnapshot, PreviewSnapshot> change)
    {
        var next = change(Current);
        Volatile.Write(ref current, next);
        return next;
    }
}
