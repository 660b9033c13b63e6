using System.Globalization;
using System.Threading.Channels;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Audit;

/// <summary>
/// The journal of reads, exports and refusals of personal data. A read is answered only once its
/// journal row is committed, so the journal misses no answered read; but the rows of the reads that
/// arrive together are written in one transaction (a group commit), so that on SQLite, whose single
/// writer would otherwise serialise every read, fifty readers share one write instead of queueing
/// for fifty. See docs/decisions/0009.
/// </summary>
public sealed class ReadJournal : IAsyncDisposable
{
    /// <summary>The most rows one commit writes; the rest wait for the next.</summary>
    public const int BatchSize = 500;

    private readonly IDbContextFactory<AppDbContext> _dbFactory;
    private readonly TimeProvider _clock;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public ReadJournal(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    {
        _dbFactory = dbFactory;
        _clock = clock;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Records that the user read or exported a record; returns once the row is committed.</summary>
    public Task RecordAsync(AccessScope scope, string action, string entityType, int entityId, int? territoryId,
        string? details = null, CancellationToken cancellationToken = default) =>
        RecordAsync(scope.UserName, action, entityType, entityId.ToString(CultureInfo.InvariantCulture), territoryId, details, cancellationToken);

    public async Task RecordAsync(string? actor, string action, string entityType, string entityId, int? territoryId,
        string? details = null, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(new AuditEntry
        {
            At = _clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            TerritoryId = territoryId,
            Changes = details,
        });
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("Le journal des accès est fermé : l'application s'arrête.");
        }
        // Waiting is not cancelled with the request: the row is written whatever happens to the answer.
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            try
            {
                await using var db = await _dbFactory.CreateDbContextAsync();
                db.AuditEntries.AddRange(batch.Select(p => p.Entry));
                await db.SaveChangesAsync();
                batch.ForEach(p => p.Committed.TrySetResult());
            }
#pragma warning disable CA1031 // Every waiting read learns of the failure; the writer goes on with the next batch.
            catch (Exception error)
#pragma warning restore CA1031
            {
                batch.ForEach(p => p.Committed.TrySetException(error));
            }
            batch.Clear();
        }
    }

    /// <summary>Writes what is queued, then stops: nothing accepted is dropped at a graceful shutdown.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private sealed record Pending(AuditEntry Entry)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
