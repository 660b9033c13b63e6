using System.Diagnostics;
using System.Globalization;
using DroitEmploi.Bench.Instances;
using DroitEmploi.Planning;

namespace DroitEmploi.Bench;

/// <summary>
/// A generated EBE week (activities by the day and the morning, some needing a skill, people with the
/// hours they chose) solved as "Proposer un planning" solves it: the objective, the bound and the gap,
/// the uncovered needs split into those no schedule can cover and those the search left, and how
/// long the board waits for its first complete schedule.
/// </summary>
public static class EbeWeekBenchmark
{
    public static Task RunAsync(BenchOptions options)
    {
        var employees = options.Int("employees", 150);
        var activities = options.Int("activities", 20);
        var seconds = options.Int("seconds", 30);
        var runs = Math.Max(1, options.Int("repeat", 1));
        var week = SyntheticWeek.Generate(employees, activities, options.Int("seed", 2026));
        var settings = new EngineSettings(options, TimeSpan.FromSeconds(seconds));
        using var load = BusyLoad.Start(options.Int("busy", 0));
        Console.WriteLine($"EBE week (generated, seed {options.Int("seed", 2026)}): {employees} employees, {activities} activities " +
            $"({week.Shifts.Count} slots, {week.Cover.Sum(c => c.Requirement)} places to fill), {seconds} s a run, {settings.Describe()}" +
            (load.Threads > 0 ? $", beside {load.Threads} busy loop(s)" : "") + $"; {Environment.ProcessorCount} cores.");
        Console.WriteLine();
        Console.WriteLine("| run | status | objective | bound | gap | uncovered | unavoidable | left | first schedule (s) | seconds |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var solver = new RosterSolver();
        for (var seed = 1; seed <= runs; seed++)
        {
            var clock = Stopwatch.StartNew();
            TimeSpan? first = null;
            var solution = settings.Solve(solver, week, seed, progress => first ??= clock.Elapsed);
            var check = RosterChecker.Check(week, solution.Assignments);
            var uncovered = solution.Uncovered.Sum(u => u.Missing);
            var gap = solution.Objective is { } objective && objective > 0 ? (objective - solution.BestBound) / (double)objective : double.NaN;
            Console.WriteLine(FormattableString.Invariant(
                $"| {seed} | {solution.Status} | {solution.Objective} | {solution.BestBound} | {(double.IsNaN(gap) ? "—" : gap.ToString("P2", CultureInfo.InvariantCulture))} | {uncovered} | {solution.Unavoidable.Sum(u => u.Missing)} | {solution.LeftUncovered} | {(first is { } t ? t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "—")} | {solution.Elapsed.TotalSeconds:F1} |"));
            if (!check.Feasible)
            {
                Console.Error.WriteLine($"Run {seed}: the checker found {check.Violations.Count} violation(s): the model and the checker disagree.");
            }
            if (seed == 1)
            {
                foreach (var shortfall in solution.Unavoidable.Take(5))
                {
                    Console.Error.WriteLine($"  {shortfall.Message}");
                }
            }
        }
        return Task.CompletedTask;
    }
}
