using DroitEmploi.Web.Components.Shared;
using MudBlazor;

namespace DroitEmploi.IntegrationTests.Components.Shared;

/// <summary>A table shows the rows of the newest request, whatever order the loads end in.</summary>
public sealed class NewestTableDataTests
{
    private static TableData<string> Rows(params string[] items) => new() { Items = items, TotalItems = items.Length };

    [Fact]
    public async Task A_load_overtaken_by_a_newer_one_returns_the_newer_rows_even_when_it_ends_last()
    {
        var loads = new NewestTableData<string>();
        var everyone = new TaskCompletionSource<TableData<string>>();
        var searched = new TaskCompletionSource<TableData<string>>();

        var first = loads.LoadAsync(_ => everyone.Task, CancellationToken.None);
        var second = loads.LoadAsync(_ => searched.Task, CancellationToken.None);
        searched.SetResult(Rows("Friperie solidaire"));
        Assert.Equal(["Friperie solidaire"], (await second).Items);
        everyone.SetResult(Rows("AGEVAL", "Friperie solidaire"));

        Assert.Equal(["Friperie solidaire"], (await first).Items);
    }

    [Fact]
    public async Task A_cancelled_load_does_not_throw_and_returns_the_newer_rows()
    {
        var loads = new NewestTableData<string>();
        using var cancellation = new CancellationTokenSource();
        var searched = new TaskCompletionSource<TableData<string>>();

        var first = loads.LoadAsync(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Rows("AGEVAL");
        }, cancellation.Token);
        var second = loads.LoadAsync(_ => searched.Task, CancellationToken.None);
        await cancellation.CancelAsync();
        searched.SetResult(Rows("Friperie solidaire"));

        Assert.Equal(["Friperie solidaire"], (await first).Items);
        Assert.Equal(["Friperie solidaire"], (await second).Items);
    }

    [Fact]
    public async Task A_load_that_fails_for_another_reason_still_fails()
    {
        var loads = new NewestTableData<string>();

        var load = loads.LoadAsync(_ => throw new InvalidOperationException("base indisponible"), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => load);
    }
}
