using System.Text.Json;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Audit;

namespace DroitEmploi.Core.Features.Access;

/// <summary>
/// Account changes are journaled by hand (the account row holds a password hash and is never captured),
/// under the territories of the roles concerned so that each CLE team reads its own.
/// </summary>
internal static class AccountJournal
{
    public static void Add(AppDbContext db, DateTime at, string action, AppUser user, IEnumerable<int?> territoryIds, object? changes)
    {
        foreach (var territoryId in territoryIds.DefaultIfEmpty(null).Distinct())
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = at,
                Actor = db.Actor,
                Action = action,
                EntityType = AccountActions.EntityType,
                EntityId = user.Id,
                TerritoryId = territoryId,
                Changes = changes is null ? null : JsonSerializer.Serialize(changes),
            });
        }
    }
}
