using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace DroitEmploi.Core.Common;

/// <summary>
/// Figures that are costly to compute (a year's funding statement, a territory's employment figures)
/// are kept and served again while the data they come from has not changed: each request asks the
/// database for the stamps of that data (cheap aggregates) and recomputes only when one moved. The
/// stamps come from the database, so every node sees a change made on any other.
/// </summary>
public sealed class FiguresCache(IMemoryCache cache, ILogger<FiguresCache> logger)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<object, byte> _refreshing = new();

    public async Task<T> GetAsync<T>(object key, object stamp, Func<Task<T>> compute) where T : class
    {
        if (cache.TryGetValue(key, out Kept? kept) && kept is not null && Equals(kept.Stamp, stamp) && kept.Value is T value)
        {
            return value;
        }
        var computed = await compute();
        Keep(key, stamp, computed);
        return computed;
    }

    /// <summary>
    /// For wide tables whose recomputation takes seconds (the network dashboard): when the data changed and earlier
    /// figures are kept, those are served at once, marked stale, while one computation in the background refreshes
    /// them; the next read gets the fresh ones. The compute must not use anything of the request (its context, its token).
    /// </summary>
    public async Task<(T Value, bool Stale)> GetOrRefreshAsync<T>(object key, object stamp, Func<Task<T>> compute) where T : class
    {
        if (cache.TryGetValue(key, out Kept? kept) && kept is { Value: T value })
        {
            if (Equals(kept.Stamp, stamp))
            {
                return (value, false);
            }
            if (_refreshing.TryAdd(key, 0))
            {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        Keep(key, stamp, await compute());
                    }
                    catch (Exception exception)
                    {
                        // The stale figures stay; the next read tries again.
                        logger.LogError(exception, "Refreshing the figures {Key} failed.", key);
                    }
                    finally
                    {
                        _refreshing.TryRemove(key, out _);
                    }
                });
            }
            return (value, true);
        }
        var computed = await compute();
        Keep(key, stamp, computed);
        return (computed, false);
    }

    private void Keep(object key, object stamp, object value) =>
        cache.Set(key, new Kept(stamp, value), new MemoryCacheEntryOptions { SlidingExpiration = Unused });

    private sealed record Kept(object Stamp, object Value);
}
