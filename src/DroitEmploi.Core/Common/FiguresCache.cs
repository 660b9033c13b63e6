using Microsoft.Extensions.Caching.Memory;

namespace DroitEmploi.Core.Common;

/// <summary>
/// Figures that are costly to compute (a year's funding statement, a territory's employment figures)
/// are kept and served again while the data they come from has not changed: each request asks the
/// database for the stamps of that data (cheap aggregates) and recomputes only when one moved. The
/// stamps come from the database, so every node sees a change made on any other.
/// </summary>
public sealed class FiguresCache(IMemoryCache cache)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    public async Task<T> GetAsync<T>(object key, object stamp, Func<Task<T>> compute) where T : class
    {
        if (cache.TryGetValue(key, out Kept? kept) && kept is not null && Equals(kept.Stamp, stamp) && kept.Value is T value)
        {
            return value;
        }
        var computed = await compute();
        cache.Set(key, new Kept(stamp, computed), new MemoryCacheEntryOptions { SlidingExpiration = Unused });
        return computed;
    }

    private sealed record Kept(object Stamp, object Value);
}
