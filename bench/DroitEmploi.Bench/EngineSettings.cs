using DroitEmploi.Planning;

namespace DroitEmploi.Bench;

/// <summary>
/// The engine's settings for a benchmark run: what the application uses (<see cref="SolveOptions.Recommended"/>)
/// unless the command line gives settings to compare. The earlier two-phase portfolio
/// (--first-phase-percent: 2 CP-SAT workers, then <c>--workers</c> hinted with the best schedule) is
/// an experiment run from here, not a setting of the product.
/// </summary>
internal sealed class EngineSettings(BenchOptions options, TimeSpan limit)
{
    private static readonly string[] Explicit = ["workers", "first-phase-percent", "lns-percent", "lns-workers", "lns-searches", "params"];

    private bool IsExplicit => Explicit.Any(options.Values.ContainsKey);

    public string Describe() => IsExplicit || options.Values.ContainsKey("cg")
        ? "settings " + string.Join(" ", options.Values.Where(pair => Explicit.Contains(pair.Key) || pair.Key == "cg").Select(pair => $"--{pair.Key} {pair.Value}"))
        : "the recommended settings (SolveOptions.Recommended)";

    public RosterSolution Solve(RosterSolver solver, RosterProblem problem, int seed, Action<SolveProgress>? onProgress = null)
    {
        var settings = For(problem) with { RandomSeed = seed, OnProgress = Traced(onProgress) };
        var firstPhase = options.Int("first-phase-percent", 0) / 100.0;
        if (firstPhase is <= 0 or >= 1)
        {
            return solver.Solve(problem, settings);
        }
        var first = solver.Solve(problem, settings with { Workers = 2, TimeLimit = limit * firstPhase });
        if (first.Status is SolveStatus.Optimal or SolveStatus.Infeasible)
        {
            return first;
        }
        var second = solver.Solve(problem, settings with { TimeLimit = limit * (1 - firstPhase), Hint = first.Assignments.Count > 0 ? first.Assignments : null });
        return second.Objective is null || (first.Objective is { } a && a < second.Objective)
            ? first with { Elapsed = first.Elapsed + second.Elapsed, BestBound = Math.Max(first.BestBound, second.BestBound) }
            : second with { Elapsed = first.Elapsed + second.Elapsed };
    }

    /// <summary>With --trace, each better schedule and bound on the error stream: where the time goes, phase by phase.</summary>
    private Action<SolveProgress>? Traced(Action<SolveProgress>? onProgress) => !options.Values.ContainsKey("trace")
        ? onProgress
        : progress =>
        {
            Console.Error.WriteLine(FormattableString.Invariant(
                $"  {progress.Elapsed.TotalSeconds,6:F1} s  objective {progress.Objective,8}  bound {progress.BestBound,8}{(progress.Assignments is null ? "" : "  (schedule shown)")}"));
            onProgress?.Invoke(progress);
        };

    private SolveOptions For(RosterProblem problem)
    {
        var settings = IsExplicit
            ? new SolveOptions
            {
                TimeLimit = limit,
                Workers = options.Int("workers", 8),
                ExtraParameters = options.Values.GetValueOrDefault("params"),
                LnsShare = options.Int("lns-percent", 0) / 100.0,
                LnsWorkers = options.Int("lns-workers", 1),
                LnsSearches = options.Int("lns-searches", 1),
            }
            : SolveOptions.Recommended(problem, limit);
        if (options.Values.ContainsKey("person-searches"))
        {
            settings = settings with { PersonSearches = options.Int("person-searches", 0) };
        }
        return options.Values.GetValueOrDefault("cg") switch
        {
            "on" => settings with { ColumnGeneration = true },
            "off" => settings with { ColumnGeneration = false },
            _ => settings,
        };
    }
}
