using System.Diagnostics;

namespace DroitEmploi.Bench;

/// <summary>Wall time and peak managed memory of one piece of work, sampled every few milliseconds.</summary>
public sealed record Measurement(string Database, string Operation, int Rows, double MedianMilliseconds, double PeakManagedMegabytes, int Runs);

public static class Measure
{
    public static async Task<Measurement> RunAsync(string database, string operation, int rows, int runs, Func<Task> work, Func<Task>? between = null)
    {
        var times = new List<double>();
        long peak = 0;
        for (var run = 0; run < runs; run++)
        {
            if (between is not null)
            {
                // Outside the clock: what must settle before the next run measures the same thing.
                await between();
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(5);
                }
            });
            var clock = Stopwatch.StartNew();
            await work();
            clock.Stop();
            peak = Math.Max(peak, GC.GetTotalMemory(false));
            await sampling.CancelAsync();
            await sampler;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Measurement(database, operation, rows, times[times.Count / 2], peak / 1024.0 / 1024.0, runs);
    }

    public static void Print(IEnumerable<Measurement> measurements)
    {
        Console.WriteLine();
        Console.WriteLine("| database | operation | rows | median ms | peak managed MB | runs |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var m in measurements)
        {
            Console.WriteLine(FormattableString.Invariant($"| {m.Database} | {m.Operation} | {m.Rows:N0} | {m.MedianMilliseconds:F0} | {m.PeakManagedMegabytes:F0} | {m.Runs} |"));
        }
    }
}
