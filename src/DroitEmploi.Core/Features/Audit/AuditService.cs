using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Audit;

/// <summary>Reads the journal: administrators see everything, a CLE team the entries of its territories.</summary>
public sealed class AuditService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<AuditEntryView>> ListAsync(AccessScope scope, AuditQuery query, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanReadJournal();
        var managed = scope.ManagedTerritoryIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!scope.IsAdministrator)
        {
            entries = entries.Where(e => e.TerritoryId != null && managed.Contains(e.TerritoryId.Value));
        }
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(e => e.EntityId == query.EntityId);
        }
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Actor != null && e.Actor.ToLower().Contains(actor));
        }
        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }
        if (query.To is { } to)
        {
            // The whole day: before the next midnight.
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }
        return await entries.OrderByDescending(e => e.Id)
            .Select(e => new AuditEntryView(e.Id, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.Changes))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
