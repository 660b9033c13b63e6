using DroitEmploi.Core.Features.Planning;

namespace DroitEmploi.Web.Features.Planning;

/// <summary>Picks up the schedules people asked for, on whichever node is free; a restart loses none.</summary>
public sealed class ScheduleWorker(ScheduleRunner runner, ILogger<ScheduleWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await runner.RequeueAbandonedAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
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
