namespace DroitEmploi.Bench;

/// <summary>
/// Threads that keep cores busy beside a benchmark (--busy N), the way another process does on a
/// user's server: the engine's settings must hold when it does not have the machine to itself.
/// </summary>
internal sealed class BusyLoad : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Thread> _threads = [];

    public int Threads => _threads.Count;

    public static BusyLoad Start(int threads)
    {
        var load = new BusyLoad();
        for (var i = 0; i < threads; i++)
        {
            var thread = new Thread(() => Spin(load._stop.Token)) { IsBackground = true, Name = $"busy-{i}" };
            thread.Start();
            load._threads.Add(thread);
        }
        return load;
    }

    private static void Spin(CancellationToken stop)
    {
        var x = 0UL;
        while (!stop.IsCancellationRequested)
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                x = x * 6364136223846793005UL + 1442695040888963407UL;
            }
        }
        GC.KeepAlive(x);
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
        _stop.Dispose();
    }
}
