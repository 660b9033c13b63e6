using System.Text.Json;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DroitEmploi.Core.Data;

/// <summary>
/// Captures the audited changes before a save and turns them into journal entries after it, once
/// the new rows have their keys.
/// </summary>
internal sealed class AuditJournal
{
    private static readonly HashSet<string> Unjournaled =
        ["SearchText", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy"];

    private readonly List<(EntityEntry Entry, string Action, Dictionary<string, object?> Changes)> _pending = [];
    private string? _actor;

    public bool IsEmpty => _pending.Count == 0;

    /// <summary>The changes tracked now; the save process has detected them already.</summary>
    public static AuditJournal Capture(AppDbContext context)
    {
        var journal = new AuditJournal { _actor = context.Actor };
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.Entity is IAudited).ToList())
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Created,
                EntityState.Modified => AuditActions.Updated,
                EntityState.Deleted => AuditActions.Deleted,
                _ => null,
            };
            if (action is null)
            {
                continue;
            }
            journal._pending.Add((entry, action, ChangesOf(entry)));
        }
        return journal;
    }

    public IEnumerable<AuditEntry> Complete() => _pending.Select(p => new AuditEntry
    {
        Actor = _actor,
        Action = p.Action,
        EntityType = p.Entry.Metadata.ClrType.Name,
        EntityId = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => p.Entry.Property(k.Name).CurrentValue)),
        TerritoryId = (p.Entry.Entity as IBelongsToTerritory)?.TerritoryId,
        Changes = p.Changes.Count == 0 ? null : JsonSerializer.Serialize(p.Changes),
    });

    private static Dictionary<string, object?> ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Unjournaled.Contains(name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }
            if (entry.State == EntityState.Added)
            {
                changes[name] = new { @new = property.CurrentValue };
            }
            else if (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
            {
                changes[name] = new { old = property.OriginalValue, @new = property.CurrentValue };
            }
        }
        // Owned documents (perimeter, contacts…) are journaled as "changed", their content is on the record.
        foreach (var navigation in entry.Navigations.Where(n => n.Metadata.TargetEntityType.IsOwned()))
        {
            var owned = navigation.CurrentValue is System.Collections.IEnumerable items ? items.Cast<object>() : [];
            if (owned.Any(item => entry.Context.Entry(item).State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                changes[navigation.Metadata.Name] = "modifié";
            }
        }
        return changes;
    }
}
