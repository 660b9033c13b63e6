using System.Diagnostics;
using System.Globalization;
using DroitEmploi.Bench.Instances;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Demo;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.Planning;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Bench;

/// <summary>
/// An EBE week solved as "Proposer un planning" solves it: the objective, the bound and the gap, the
/// uncovered needs split into those no schedule can cover and those the search left, and how long the
/// board waits for its first complete schedule. The week is generated (activities by the day and the
/// morning, some needing a skill, people with the hours they chose), or with --demo the next week of
/// the demo data's EBEs (La Barakajobs, La Fabrique de l'Emploi), built from the database the way the
/// application builds it.
/// </summary>
public static class EbeWeekBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var seconds = options.Int("seconds", 30);
        var runs = Math.Max(1, options.Int("repeat", 1));
        var settings = new EngineSettings(options, TimeSpan.FromSeconds(seconds));
        var weeks = options.Values.ContainsKey("demo") ? await DemoWeeksAsync() : [Generated(options)];
        using var load = BusyLoad.Start(options.Int("busy", 0));
        Console.WriteLine($"EBE weeks, {seconds} s a run, {settings.Describe()}" +
            (load.Threads > 0 ? $", beside {load.Threads} busy loop(s)" : "") + $"; {Environment.ProcessorCount} cores.");
        foreach (var (title, week) in weeks)
        {
            Console.WriteLine();
            Console.WriteLine($"{title}: {week.Employees.Count} employees, {week.Shifts.Count} slots, {week.Cover.Sum(c => c.Requirement)} places to fill.");
            Console.WriteLine();
            Run(week, settings, runs);
        }
    }

    private static (string Title, RosterProblem Week) Generated(BenchOptions options)
    {
        var employees = options.Int("employees", 150);
        var activities = options.Int("activities", 20);
        var seed = options.Int("seed", 2026);
        return ($"Generated week (seed {seed}, {activities} activities)", SyntheticWeek.Generate(employees, activities, seed));
    }

    /// <summary>The demo data seeded in a throwaway SQLite database, and the week after its today for each EBE with slots.</summary>
    private static async Task<IReadOnlyList<(string Title, RosterProblem Week)>> DemoWeeksAsync()
    {
        await using var database = await BenchDatabase.CreateAsync("sqlite", withAccounts: true)
            ?? throw new InvalidOperationException("The SQLite database could not be created.");
        await database.Get<DemoDataSeeder>().SeedIfEmptyAsync();
        var monday = IsoWeeks.MondayOf(database.Get<TimeProvider>().Today()).AddDays(7);
        await using var db = await database.ContextAsync();
        var organisations = await db.ScheduleSlots.Select(s => s.OrganisationId).Distinct()
            .Join(db.Organisations, id => id, o => o.Id, (id, o) => new { o.Id, o.Name }).OrderBy(o => o.Name).ToListAsync();
        var weeks = new List<(string, RosterProblem)>();
        foreach (var organisation in organisations)
        {
            var week = await WeekProblem.BuildAsync(db, organisation.Id, monday, CancellationToken.None);
            weeks.Add(($"{organisation.Name}, demo week of {monday:yyyy-MM-dd}", week.Problem));
        }
        return weeks;
    }

    private static void Run(RosterProblem week, EngineSettings settings, int runs)
    {
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
    }
}
