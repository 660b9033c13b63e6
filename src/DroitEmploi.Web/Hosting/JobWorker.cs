using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Hosting;

/// <summary>
/// Runs the jobs of one runner on whichever node is free, and sweeps the jobs of nodes that died
/// (their heartbeat stopped) at start and then regularly: a restart or a crash loses none.
/// </summary>
public sealed class JobWorker<TRunner>(TRunner runner, TimeProvider clock, ILogger<JobWorker<TRunner>> logger) : BackgroundService
    where TRunner : IJobRunner
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
                            logger.LogWarning("{Count} {Kind} interrupted by a stopped server were taken up again", interrupted, runner.JobKind);
                        }
                        nextSweep = clock.GetUtcNow() + runner.SweepInterval;
                    }
                    if (!await runner.RunNextAsync(stoppingToken))
                    {
                        await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "One of the {Kind} could not be run", runner.JobKind);
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
