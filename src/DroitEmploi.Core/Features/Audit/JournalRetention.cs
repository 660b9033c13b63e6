using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Audit;

/// <summary>
/// How long the journal keeps the traces of reads, exports and refusals: six months unless
/// configured (the CNIL recommends six months to a year for access traces; see docs/decisions/0009).
/// The changes to records are their history and are kept.
/// </summary>
public sealed class JournalRetention(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int DefaultMonths = 6;

    private static readonly string[] AccessTraces = [AuditActions.Read, AuditActions.Exported, AuditActions.Refused];

    /// <summary>Deletes the access traces older than the retention; returns how many went.</summary>
    public async Task<int> PurgeAsync(int months, CancellationToken cancellationToken = default)
    {
        if (months < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "The retention is at least one month.");
        }
        var limit = clock.GetUtcNow().UtcDateTime.AddMonths(-months);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Where(e => AccessTraces.Contains(e.Action) && e.At < limit).ExecuteDeleteAsync(cancellationToken);
    }
}
