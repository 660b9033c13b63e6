using DroitEmploi.Core.Common;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace DroitEmploi.UnitTests.Common;

public class FiguresCacheTests
{
    private sealed record Figures(int Value);

    [Fact]
    public async Task After_a_change_the_last_figures_are_served_at_once_and_the_fresh_ones_on_the_next_read()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new FiguresCache(memory, NullLogger<FiguresCache>.Instance);
        var release = new TaskCompletionSource();

        var first = await cache.GetOrRefreshAsync("k", 1, () => Task.FromResult(new Figures(1)));
        Assert.Equal((1, false), (first.Value.Value, first.Stale));
        Assert.Equal((1, false), ((await cache.GetOrRefreshAsync("k", 1, () => Task.FromResult(new Figures(99)))).Value.Value, false));

        // The data moved: the reader is not kept waiting for the slow computation.
        var computations = 0;
        async Task<Figures> SlowAsync()
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return new Figures(2);
        }
        var stale = await cache.GetOrRefreshAsync("k", 2, SlowAsync);
        var again = await cache.GetOrRefreshAsync("k", 2, SlowAsync);
        Assert.Equal((1, true, 1, true), (stale.Value.Value, stale.Stale, again.Value.Value, again.Stale));

        release.SetResult();
        (Figures Value, bool Stale) fresh;
        do
        {
            await Task.Delay(10);
            fresh = await cache.GetOrRefreshAsync("k", 2, SlowAsync);
        }
        while (fresh.Stale);
        // Two stale reads, one computation.
        Assert.Equal((2, 1), (fresh.Value.Value, computations));
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_last_figures_and_the_next_read_tries_again()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new FiguresCache(memory, NullLogger<FiguresCache>.Instance);
        await cache.GetOrRefreshAsync("k", 1, () => Task.FromResult(new Figures(1)));

        var failed = await cache.GetOrRefreshAsync<Figures>("k", 2, () => throw new InvalidOperationException("base indisponible"));
        Assert.Equal((1, true), (failed.Value.Value, failed.Stale));
        (Figures Value, bool Stale) retried;
        do
        {
            await Task.Delay(10);
            retried = await cache.GetOrRefreshAsync("k", 2, () => Task.FromResult(new Figures(3)));
        }
        while (retried.Stale);
        Assert.Equal(3, retried.Value.Value);
    }
}
