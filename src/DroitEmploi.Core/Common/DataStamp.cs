using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Common;

/// <summary>
/// What a set of versioned rows looks like now, in two numbers the database adds up: any insert
/// changes the count, any change moves a version on (versions only grow). Two equal stamps mean
/// nothing in the set changed, so what was computed from it still holds.
/// </summary>
public sealed record DataStamp(long Count, long VersionSum)
{
    public static async Task<DataStamp> OfAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken) where T : class, IVersioned =>
        await rows.GroupBy(_ => 1).Select(g => new DataStamp(g.LongCount(), g.Sum(r => (long)r.Version))).FirstOrDefaultAsync(cancellationToken)
        ?? new DataStamp(0, 0);
}
