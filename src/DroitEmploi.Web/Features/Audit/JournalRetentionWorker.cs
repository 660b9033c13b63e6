using DroitEmploi.Core.Features.Audit;

namespace DroitEmploi.Web.Features.Audit;

/// <summary>Applies the journal's retention at start and then once a day.</summary>
public sealed class JournalRetentionWorker(JournalRetention retention, IConfiguration configuration, TimeProvider clock, ILogger<JournalRetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var months = configuration.GetValue("Journal:AccessRetentionMonths", JournalRetention.DefaultMonths);
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        try
        {
            do
            {
                try
                {
                    var purged = await retention.PurgeAsync(months, stoppingToken);
                    logger.LogInformation("Journal retention: {Count} access traces older than {Months} months deleted", purged, months);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "The journal's retention could not be applied");
                }
            }
            while (await daily.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // The application is stopping.
        }
    }
}
