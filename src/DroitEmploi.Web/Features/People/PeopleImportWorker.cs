using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Web.Features.People;

/// <summary>
/// Runs the imports people queued, on whichever node is free, and sweeps the imports of nodes that
/// died (their heartbeat stopped) at start and every half minute: a restart or a crash loses none.
/// </summary>
public sealed class PeopleImportWorker(PeopleImportRunner runner, ImportSettings settings, TimeProvider clock, ILogger<PeopleImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var nextSweep = clock.GetUtcNow();
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (clock.GetUtcNow() >= nextSweep)
                    {
                        if (await runner.SweepAsync(stoppingToken) is > 0 and var interrupted)
                        {
                            logger.LogWarning("{Count} import(s) interrupted by a stopped server: what they wrote is removed, they start again", interrupted);
                        }
                        nextSweep = clock.GetUtcNow() + settings.HeartbeatTimeout;
                    }
                    if (!await runner.RunNextAsync(stoppingToken))
                    {
                        await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "An import could not be run");
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The application is stopping.
        }
    }
}
