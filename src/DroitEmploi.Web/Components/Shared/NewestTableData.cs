using MudBlazor;

namespace DroitEmploi.Web.Components.Shared;

/// <summary>
/// The loads of a server-side table, so that the rows shown are always those of the newest request.
/// </summary>
/// <remarks>
/// A table cancels its previous load when a newer one starts (the user typed in the search box while
/// the first page was loading), but shows the rows of whichever load returns last, and a cancelled
/// query throws, which would end the user's session. So a load that a newer one overtook waits for
/// that newer one and returns its rows. Loads run on the component's dispatcher, one at a time between
/// awaits, which is why a plain field is enough to know which load is the newest.
/// </remarks>
public sealed class NewestTableData<T>
{
    private Task<TableData<T>>? _newest;

    public Task<TableData<T>> LoadAsync(Func<CancellationToken, Task<TableData<T>>> load, CancellationToken cancellationToken)
    {
        var started = RunAsync(load, cancellationToken);
        _newest = started;
        return NewestAsync(started);
    }

    private async Task<TableData<T>> NewestAsync(Task<TableData<T>> load)
    {
        var rows = await load;
        while (_newest is { } newest && !ReferenceEquals(newest, load))
        {
            load = newest;
            rows = await load;
        }
        return rows;
    }

    private static async Task<TableData<T>> RunAsync(Func<CancellationToken, Task<TableData<T>>> load, CancellationToken cancellationToken)
    {
        try
        {
            return await load(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new TableData<T> { Items = [], TotalItems = 0 };
        }
    }
}
