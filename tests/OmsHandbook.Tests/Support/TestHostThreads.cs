using System.Runtime.CompilerServices;

namespace OmsHandbook.Tests.Support;

/// <summary>Gives the test host's thread pool room for the builds its tests run side by side.</summary>
internal static class TestHostThreads
{
    /// <summary>
    /// The test host keeps about four pool threads blocked on its own work, and a build waits on its
    /// parallel queries from a pool thread. With the pool's minimum at the core count (two here), a
    /// build's queued work waited for the pool to add a thread, about a second each time, a dozen times
    /// a run. The command-line tool has no such neighbours (its build time did not change with a higher
    /// minimum), so only the tests raise it.
    /// </summary>
    [ModuleInitializer]
    internal static void Widen()
    {
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), ports);
    }
}
