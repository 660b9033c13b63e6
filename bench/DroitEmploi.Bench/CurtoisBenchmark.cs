using System.Globalization;
using DroitEmploi.Bench.Instances;
using DroitEmploi.Planning;

namespace DroitEmploi.Bench;

/// <summary>
/// The Curtois–Qu staff-scheduling instances solved under a time limit each, against the best published
/// values (shared/bench/curtois/README.md) and, with --baseline, against the plain CP-SAT model (the
/// same model, 2 workers, nothing else), run alternately with the engine on the same machine.
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
        var runs = Math.Max(1, options.Int("repeat", 1));
        var baseline = options.Values.ContainsKey("baseline");
        var settings = new EngineSettings(options, limit);
        using var load = BusyLoad.Start(options.Int("busy", 0));
        Console.WriteLine($"Curtois benchmark: instances {string.Join(",", instances)}, {seconds} s each, {runs} run(s) (seeds 1..{runs}), " +
            settings.Describe() + (baseline ? "; the plain CP-SAT model (2 workers) alternating with the engine" : "") +
            (load.Threads > 0 ? $"; beside {load.Threads} busy loop(s)" : "") +
            $"; {Environment.ProcessorCount} cores, {Environment.OSVersion}.");
        Console.WriteLine();
        Console.WriteLine("| instance | engine (median) | range | plain CP-SAT (median) | range | best | engine / best | plain / best | engine's bound |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var engineRatios = new List<double>();
        var plainRatios = new List<double>();
        var solver = new RosterSolver();
        foreach (var instance in instances)
        {
            var problem = CurtoisReader.Read(File.ReadAllText(Path.Combine(folder, $"Instance{instance}.txt")));
            var engine = new List<RosterSolution>();
            var plain = new List<RosterSolution>();
            for (var seed = 1; seed <= runs; seed++)
            {
                // Alternating, so that a change in the machine's load falls on both alike.
                engine.Add(settings.Solve(solver, problem, seed));
                if (baseline)
                {
                    plain.Add(solver.Solve(problem, new SolveOptions { TimeLimit = limit, Workers = 2, RandomSeed = seed }));
                }
            }
            var best = Best.GetValueOrDefault(instance);
            var (engineMedian, engineRange) = Summarise($"Instance{instance}, engine", problem, engine);
            var (plainMedian, plainRange) = baseline ? Summarise($"Instance{instance}, plain CP-SAT", problem, plain) : (null, "");
            var engineRatio = Ratio(engineMedian, best, engineRatios);
            var plainRatio = Ratio(plainMedian, best, plainRatios);
            Console.WriteLine(FormattableString.Invariant(
                $"| Instance{instance} | {Text(engineMedian)} | {engineRange} | {(baseline ? Text(plainMedian) : "")} | {plainRange} | {(best > 0 ? best.ToString(CultureInfo.InvariantCulture) : "—")} | {engineRatio} | {plainRatio} | {engine.Max(solution => solution.BestBound)} |"));
        }
        Console.WriteLine();
        if (engineRatios.Count > 0)
        {
            Console.WriteLine(FormattableString.Invariant($"Geometric mean of the engine's ratios: {Math.Exp(engineRatios.Average(Math.Log)):F3} over {engineRatios.Count} instances."));
        }
        if (plainRatios.Count > 0)
        {
            Console.WriteLine(FormattableString.Invariant($"Geometric mean of the plain model's ratios: {Math.Exp(plainRatios.Average(Math.Log)):F3} over {plainRatios.Count} instances."));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The median and range of the schedules within every rule; a run with no schedule is said plainly,
    /// and a schedule that breaks a rule is left out with its violations printed (the engine must never give one).
    /// </summary>
    private static (long? Median, string Range) Summarise(string what, RosterProblem problem, List<RosterSolution> solutions)
    {
        var found = solutions.Where(solution => solution.Objective is not null).ToList();
        if (found.Count < solutions.Count)
        {
            Console.Error.WriteLine($"{what}: no schedule found in {solutions.Count - found.Count} run(s) of {solutions.Count} " +
                $"({string.Join(", ", solutions.Where(solution => solution.Objective is null).Select(solution => solution.Status))}).");
        }
        var withinRules = found.Where(solution => RosterChecker.Check(problem, solution.Assignments).Feasible).ToList();
        if (withinRules.Count < found.Count)
        {
            Console.Error.WriteLine($"{what}: {found.Count - withinRules.Count} schedule(s) break a rule and are left out.");
            foreach (var violation in found.SelectMany(solution => RosterChecker.Check(problem, solution.Assignments).Violations).Take(10))
            {
                Console.Error.WriteLine($"  {violation.Rule}, {violation.EmployeeId}, day {violation.Day}: {violation.Message}");
            }
        }
        var objectives = withinRules.Select(solution => solution.Objective).OfType<long>().Order().ToList();
        return objectives.Count == 0
            ? (null, $"no schedule in {solutions.Count}")
            : (objectives[(objectives.Count - 1) / 2], FormattableString.Invariant($"{objectives[0]}–{objectives[^1]}") +
                (objectives.Count < solutions.Count ? $" ({objectives.Count} of {solutions.Count})" : ""));
    }

    private static string Ratio(long? median, long best, List<double> ratios)
    {
        if (median is not { } objective || best <= 0)
        {
            return "—";
        }
        var ratio = (double)objective / best;
        ratios.Add(ratio);
        return ratio.ToString("F3", CultureInfo.InvariantCulture);
    }

    private static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    internal static List<int> Range(string text) => text.Split(',').SelectMany(part =>
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
