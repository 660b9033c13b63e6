using System.Globalization;
using DroitEmploi.Planning;
using DroitEmploi.Planning.Curtois;

namespace DroitEmploi.Bench;

/// <summary>
/// The Curtois–Qu staff-scheduling instances solved under a time limit each, against the best published
/// values (shared/bench/curtois/README.md), and a realistic EBE week.
/// </summary>
public static class CurtoisBenchmark
{
    // Best values of the published table (IP&VNS, ejection chains, Gurobi, branch and price; "Our Study" for 18–19).
    private static readonly Dictionary<int, long> Best = new()
    {
        [1] = 607,
        [2] = 828,
        [3] = 1001,
        [4] = 1716,
        [5] = 1143,
        [6] = 1950,
        [7] = 1056,
        [8] = 1308,
        [9] = 439,
        [10] = 4631,
        [11] = 3443,
        [12] = 4040,
        [13] = 1905,
        [14] = 1279,
        [15] = 3928,
        [16] = 3225,
        [17] = 5750,
        [18] = 4650,
        [19] = 3218,
    };

    public static Task RunAsync(BenchOptions options)
    {
        var seconds = options.Int("seconds", 60);
        var instances = Range(options.Values.GetValueOrDefault("instances", "1-12"));
        var folder = options.Values.GetValueOrDefault("folder") ?? FindFolder();
        var limit = TimeSpan.FromSeconds(seconds);
        // Without settings on the command line, each instance gets what the application would use.
        var explicitSettings = new[] { "workers", "first-phase-percent", "lns-percent", "lns-workers", "lns-searches", "params" }.Any(options.Values.ContainsKey);
        SolveOptions Settings(RosterProblem problem) => WithColumnGeneration(explicitSettings
            ? new SolveOptions
            {
                TimeLimit = limit,
                Workers = options.Int("workers", 8),
                ExtraParameters = options.Values.GetValueOrDefault("params"),
                FirstPhaseShare = options.Int("first-phase-percent", 40) / 100.0,
                LnsShare = options.Int("lns-percent", 0) / 100.0,
                LnsWorkers = options.Int("lns-workers", 1),
                LnsSearches = options.Int("lns-searches", 1),
            }
            : SolveOptions.Recommended(problem, limit));
        SolveOptions WithColumnGeneration(SolveOptions settings) => options.Values.GetValueOrDefault("cg") switch
        {
            "on" => settings with { ColumnGeneration = true },
            "off" => settings with { ColumnGeneration = false },
            _ => settings,
        };
        Console.WriteLine($"Curtois benchmark: instances {string.Join(",", instances)}, {seconds} s each, " +
            (explicitSettings ? string.Join(" ", options.Values.Select(pair => $"--{pair.Key} {pair.Value}")) : "the recommended settings (SolveOptions.Recommended)") +
            $", {Environment.ProcessorCount} cores, {Environment.OSVersion}.");
        Console.WriteLine();
        // Runs vary (CP-SAT's workers and the searches race): with --repeat N each instance is solved N
        // times with seeds 1..N, and the table gives the median with the range.
        var runs = Math.Max(1, options.Int("repeat", 1));
        Console.WriteLine($"| instance | objective (median of {runs}) | best | ratio | bound | seconds | range |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var ratios = new List<double>();
        var solver = new RosterSolver();
        foreach (var instance in instances)
        {
            var problem = CurtoisReader.Read(File.ReadAllText(Path.Combine(folder, $"Instance{instance}.txt")));
            var solutions = Enumerable.Range(1, runs).Select(seed => solver.Solve(problem, Settings(problem) with { RandomSeed = seed })).ToList();
            // No schedule is not a schedule that breaks a rule: the first is said plainly, the second is left out of the table.
            var found = solutions.Where(solution => solution.Objective is not null).ToList();
            if (found.Count < solutions.Count)
            {
                Console.Error.WriteLine($"Instance{instance}: no schedule found in {solutions.Count - found.Count} run(s) of {solutions.Count} " +
                    $"({string.Join(", ", solutions.Where(solution => solution.Objective is null).Select(solution => solution.Status))}).");
            }
            var withinRules = found.Where(solution => RosterChecker.Check(problem, solution.Assignments).Feasible).ToList();
            if (withinRules.Count < found.Count)
            {
                Console.Error.WriteLine($"Instance{instance}: {found.Count - withinRules.Count} schedule(s) break a rule and are left out.");
                foreach (var violation in found.SelectMany(solution => RosterChecker.Check(problem, solution.Assignments).Violations).Take(10))
                {
                    Console.Error.WriteLine($"  {violation.Rule}, {violation.EmployeeId}, day {violation.Day}: {violation.Message}");
                }
            }
            var objectives = withinRules.Select(solution => solution.Objective).OfType<long>().Order().ToList();
            long? median = objectives.Count == 0 ? null : objectives[(objectives.Count - 1) / 2];
            var best = Best.GetValueOrDefault(instance);
            var ratio = median is { } objective && best > 0 ? (double)objective / best : double.NaN;
            if (!double.IsNaN(ratio))
            {
                ratios.Add(ratio);
            }
            var range = objectives.Count == 0 ? "—" : FormattableString.Invariant($"{objectives[0]}–{objectives[^1]}");
            Console.WriteLine(FormattableString.Invariant(
                $"| Instance{instance} | {median?.ToString(CultureInfo.InvariantCulture) ?? "—"} | {(best > 0 ? best.ToString(CultureInfo.InvariantCulture) : "—")} | {(double.IsNaN(ratio) ? "—" : ratio.ToString("F3", CultureInfo.InvariantCulture))} | {solutions.Max(solution => solution.BestBound)} | {solutions.Average(solution => solution.Elapsed.TotalSeconds):F1} | {range} |"));
        }
        if (ratios.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine(FormattableString.Invariant($"Geometric mean of the ratios: {Math.Exp(ratios.Average(Math.Log)):F3} over {ratios.Count} instances."));
        }
        if (options.Values.ContainsKey("ebe-week"))
        {
            var week = SyntheticWeek.Generate(employees: 150, activities: 20, seed: 2026);
            var solution = solver.Solve(week, Settings(week) with { RandomSeed = 1 });
            var check = RosterChecker.Check(week, solution.Assignments);
            Console.WriteLine();
            Console.WriteLine("| EBE week (generated) | employees | activities | status | objective | bound | uncovered | seconds |");
            Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|");
            Console.WriteLine(FormattableString.Invariant(
                $"| seed 2026 | 150 | 20 | {solution.Status} | {solution.Objective} | {solution.BestBound} | {solution.Uncovered.Sum(u => u.Missing)} | {solution.Elapsed.TotalSeconds:F1} |"));
            if (!check.Feasible)
            {
                Console.WriteLine($"The checker found {check.Violations.Count} violation(s): the model and the checker disagree.");
            }
        }
        return Task.CompletedTask;
    }

    private static List<int> Range(string text) => text.Split(',').SelectMany(part =>
    {
        var bounds = part.Split('-');
        var from = int.Parse(bounds[0], CultureInfo.InvariantCulture);
        var to = bounds.Length > 1 ? int.Parse(bounds[1], CultureInfo.InvariantCulture) : from;
        return Enumerable.Range(from, to - from + 1);
    }).ToList();

    /// <summary>shared/bench/curtois beside the repository, found from here or from the program's folder.</summary>
    private static string FindFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "bench", "curtois");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException("shared/bench/curtois was not found beside the repository: pass --folder.");
    }
}
