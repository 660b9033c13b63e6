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

    /// <summary>
    /// The stamps of three sets in one round trip, read from a query of one row (the owner's): each
    /// request pays one query to learn whether what it would compute has changed.
    /// </summary>
    public static async Task<(DataStamp, DataStamp, DataStamp)> OfAsync<TOwner, TA, TB, TC>(
        IQueryable<TOwner> owner, IQueryable<TA> a, IQueryable<TB> b, IQueryable<TC> c, CancellationToken cancellationToken)
        where TA : class, IVersioned where TB : class, IVersioned where TC : class, IVersioned
    {
        var sums = await owner.Select(_ => new
        {
            AC = a.LongCount(),
            AV = a.Sum(r => (long)r.Version),
            BC = b.LongCount(),
            BV = b.Sum(r => (long)r.Version),
            CC = c.LongCount(),
            CV = c.Sum(r => (long)r.Version),
        }).FirstAsync(cancellationToken);
        return (new DataStamp(sums.AC, sums.AV), new DataStamp(sums.BC, sums.BV), new DataStamp(sums.CC, sums.CV));
    }
}
