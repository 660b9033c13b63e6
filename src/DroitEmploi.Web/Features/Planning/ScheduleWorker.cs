using DroitEmploi.Core.Features.Planning;

namespace DroitEmploi.Web.Features.Planning;

/// <summary>
/// Picks up the schedules people asked for, on whichever node is free, and sweeps the jobs of nodes that
/// died (their heartbeat stopped) at start and every half minute: a restart or a crash loses none.
/// </summary>
public sealed class ScheduleWorker(ScheduleRunner runner, TimeProvider clock, ILogger<ScheduleWorker> logger) : BackgroundService
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
                        await runner.SweepAsync(stoppingToken);
                        nextSweep = clock.GetUtcNow() + ScheduleRunner.HeartbeatTimeout;
                    }
                    if (!await runner.RunNextAsync(stoppingToken))
                    {
                        await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "A schedule could not be computed");
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
