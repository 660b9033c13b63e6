using DroitEmploi.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DroitEmploi.Core.Data;

/// <summary>
/// The one place where a save is prepared and completed, sync or async alike: every changed versioned
/// row moves its version on (so a stale edit fails instead of overwriting), audited rows get who and
/// when from the injected clock, the changes are journaled in the same transaction once the new rows
/// have their keys, and a lost race becomes a French conflict message.
/// </summary>
public sealed class SaveProcess(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Prepare(eventData.Context) is { } context)
        {
            context.OwnTransaction = context.Database.BeginTransaction();
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Prepare(eventData.Context) is { } context)
        {
            context.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is AppDbContext { PendingJournal: { } journal } context)
        {
            context.PendingJournal = null;
            context.AuditEntries.AddRange(journal.Complete());
            context.SaveChanges();
            context.OwnTransaction?.Commit();
            EndTransaction(context);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext { PendingJournal: { } journal } context)
        {
            context.PendingJournal = null;
            context.AuditEntries.AddRange(journal.Complete());
            await context.SaveChangesAsync(cancellationToken);
            if (context.OwnTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            EndTransaction(context);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result) =>
        throw AppDbContext.Conflict();

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        throw AppDbContext.Conflict();

    /// <summary>Versions, audit stamps and the journal to write; returns the context when the save needs its own transaction.</summary>
    private AppDbContext? Prepare(DbContext? context)
    {
        if (context is not AppDbContext db || db.PendingJournal is not null)
        {
            // Not ours, or the journal's own save inside a save: nothing more to prepare.
            return null;
        }
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(e => e.Version);
            if (!version.IsModified)
            {
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in db.ChangeTracker.Entries<IAudited>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.CreatedBy = db.Actor;
            }
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
                entry.Entity.UpdatedBy = db.Actor;
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<Features.Audit.AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.At == default))
        {
            entry.Entity.At = now;
        }
        var journal = AuditJournal.Capture(db);
        if (journal.IsEmpty)
        {
            return null;
        }
        db.PendingJournal = journal;
        // The change and its journal are written together or not at all.
        return db.Database.CurrentTransaction is null ? db : null;
    }

    private static void Abandon(DbContext? context)
    {
        if (context is AppDbContext db)
        {
            db.PendingJournal = null;
            EndTransaction(db);
        }
    }

    private static void EndTransaction(AppDbContext db)
    {
        db.OwnTransaction?.Dispose();
        db.OwnTransaction = null;
    }
}
