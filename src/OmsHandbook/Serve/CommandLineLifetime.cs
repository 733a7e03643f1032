using Microsoft.Extensions.Hosting;

namespace OmsHandbook.Serve;

/// <summary>
/// Leaves Ctrl+C to the command line, which cancels `serve` and stops the server in order; the
/// host's own console lifetime would race it for the same signal.
/// </summary>
public sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
