namespace DroitEmploi.Core.Data;

/// <summary>
/// Writes many new rows at once, outside change tracking and the per-save journal: the caller decides
/// what the journal says (an import journals each person when it ends).
/// </summary>
public interface IBulkInserter
{
    /// <summary>
    /// How long to leave the database to others between two bulk writes: on SQLite, a writer that
    /// found the lock taken only tries again a moment later, and would never get it if the bulk
    /// writes followed each other without a gap.
    /// </summary>
    TimeSpan PauseBetweenWrites { get; }

    /// <summary>Opens one transaction for a set of bulk writes; nothing is kept unless it is committed.</summary>
    Task<IBulkWrite> BeginAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Once the rows are shown, brings the database's knowledge of the table up to date (its statistics,
    /// and on PostgreSQL which pages hold only visible rows, that the last UPDATE of an import cleared),
    /// so that the next reads are as fast as before the import instead of waiting for the database's
    /// own maintenance.
    /// </summary>
    Task TidyAsync<T>(AppDbContext db, CancellationToken cancellationToken) where T : class;
}

public interface IBulkWrite : IAsyncDisposable
{
    /// <summary>
    /// Writes the rows of one table. A key the database generates is given to each row first, so that
    /// rows written next (a person's first path step) can refer to it.
    /// </summary>
    Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class;

    Task CommitAsync(CancellationToken cancellationToken);
}
