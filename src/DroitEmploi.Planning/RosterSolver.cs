using System.Diagnostics;
using Google.OrTools.Sat;

namespace DroitEmploi.Planning;

/// <summary>
/// Builds and solves the rostering model with Google OR-Tools CP-SAT: one Boolean per employee, day
/// and shift type; hard rules as constraints; cover shortfalls and surpluses and unmet wishes priced
/// in the objective. See docs/decisions/0005 for what makes it fast.
/// </summary>
public sealed class RosterSolver
{
    public RosterSolution Solve(RosterProblem problem, SolveOptions options, CancellationToken cancellationToken = default)
    {
        if (options.LnsShare is > 0 and < 1)
        {
            return SolveThenImprove(problem, options, cancellationToken);
        }
        return options.FirstPhaseShare is > 0 and < 1 && options.Workers > 2
            ? SolveInTwoPhases(problem, options, cancellationToken)
            : SolveOnce(problem, options, cancellationToken);
    }

    /// <summary>
    /// The earlier portfolio, kept for the benchmark's --first-phase-percent: 2 workers look for good
    /// schedules, then <see cref="SolveOptions.Workers"/> start from the best one.
    /// </summary>
    private static RosterSolution SolveInTwoPhases(RosterProblem problem, SolveOptions options, CancellationToken cancellationToken)
    {
        var first = SolveOnce(problem, options with { Workers = 2, TimeLimit = options.TimeLimit * options.FirstPhaseShare }, cancellationToken);
        if (first.Status == SolveStatus.Optimal || first.Status == SolveStatus.Infeasible || cancellationToken.IsCancellationRequested)
        {
            return first;
        }
        var second = SolveOnce(problem, options with
        {
            TimeLimit = options.TimeLimit * (1 - options.FirstPhaseShare),
            Hint = first.Assignments.Count > 0 ? first.Assignments : options.Hint,
        }, cancellationToken);
        return second.Objective is null || (first.Objective is { } a && a < second.Objective)
            ? first with { Elapsed = first.Elapsed + second.Elapsed, BestBound = Math.Max(first.BestBound, second.BestBound) }
            : second with { Elapsed = first.Elapsed + second.Elapsed };
    }

    /// <summary>
    /// CP-SAT on the whole model first (it finds a schedule, proves small instances optimal and
    /// gives the bound), then searches side by side from its best schedule: large-neighbourhood
    /// searches, and in place of the first of them a column generation when asked and there are two
    /// or more.
    /// </summary>
    private RosterSolution SolveThenImprove(RosterProblem problem, SolveOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var first = Solve(problem, options with { LnsShare = 0, TimeLimit = options.TimeLimit * (1 - options.LnsShare) }, cancellationToken);
        if (first.Status == SolveStatus.NoSolutionFound && !cancellationToken.IsCancellationRequested)
        {
            // Nothing to improve yet: the rest of the time goes to finding a first schedule.
            return SolveOnce(problem, options with { TimeLimit = options.TimeLimit - clock.Elapsed }, cancellationToken) with { Elapsed = clock.Elapsed };
        }
        if (first.Status != SolveStatus.Feasible || first.Objective is not { } objective || cancellationToken.IsCancellationRequested)
        {
            return first;
        }
        // One search per core, each on its own copy of the model, sharing the best schedule.
        var models = Enumerable.Range(0, options.LnsSearches).Select(_ => new RosterModel(problem, explain: false)).ToList();
        var model = models[0];
        var incumbent = new Incumbent(model.ValuesOf(first.Assignments), objective,
            (found, proved) => options.OnProgress?.Invoke(new SolveProgress(found, Math.Max(first.BestBound, proved), clock.Elapsed, 0)));
        Parallel.ForEach(models.Select((each, index) => (each, index)), new ParallelOptions { MaxDegreeOfParallelism = models.Count },
            pair =>
            {
                if (options.ColumnGeneration && options.LnsSearches >= 2 && pair.index == 0)
                {
                    new Columns.ColumnGeneration(problem, pair.each, (options.RandomSeed ?? 1) + pair.index).Improve(incumbent, options.TimeLimit - clock.Elapsed, cancellationToken);
                }
                else
                {
                    new LargeNeighbourhoodSearch(problem, pair.each, (options.RandomSeed ?? 1) + pair.index, options.LnsWorkers)
                        .Improve(incumbent, options.TimeLimit - clock.Elapsed, cancellationToken);
                }
            });
        var assignments = model.Read(incumbent.Current.Values);
        var best = Cost(problem, assignments);
        var bound = Math.Max(first.BestBound, incumbent.Bound);
        return first with
        {
            Status = cancellationToken.IsCancellationRequested ? SolveStatus.Cancelled : best <= bound ? SolveStatus.Optimal : SolveStatus.Feasible,
            BestBound = bound,
            Assignments = assignments,
            Objective = best,
            Elapsed = clock.Elapsed,
            Uncovered = Uncovered(problem, model, assignments),
        };
    }

    private static RosterSolution SolveOnce(RosterProblem problem, SolveOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var model = new RosterModel(problem, explain: false);
        model.Hint(options.Hint);
        var solver = new CpSolver { StringParameters = Parameters(options) };
        var callback = new ProgressCallback(options.OnProgress, clock, cancellationToken);
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model.Model, callback);
        var elapsed = clock.Elapsed;

        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var assignments = model.Read(solver);
            return new RosterSolution(
                cancellationToken.IsCancellationRequested ? SolveStatus.Cancelled : status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible,
                assignments, Cost(problem, assignments), (long)Math.Round(solver.BestObjectiveBound), elapsed,
                Uncovered(problem, model, assignments), null);
        }
        if (status == CpSolverStatus.Infeasible)
        {
            return new RosterSolution(SolveStatus.Infeasible, [], null, 0, elapsed, [], Explain(problem, options));
        }
        return new RosterSolution(cancellationToken.IsCancellationRequested ? SolveStatus.Cancelled : SolveStatus.NoSolutionFound,
            [], null, (long)Math.Round(solver.BestObjectiveBound), elapsed, [], null);
    }

    /// <summary>
    /// The cost of a schedule, priced by the checker: the model's slack variables are only bounded
    /// from below, so a schedule that is not proved optimal may carry a surplus the solver counts
    /// in its objective although the schedule itself does not cost it.
    /// </summary>
    private static long Cost(RosterProblem problem, IReadOnlyList<Assignment> assignments) => RosterChecker.Check(problem, assignments).Objective;

    private static string Parameters(SolveOptions options)
    {
        var parameters = new List<string>
        {
            $"max_time_in_seconds:{options.TimeLimit.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            $"num_workers:{options.Workers}",
        };
        if (options.RandomSeed is { } seed)
        {
            parameters.Add($"random_seed:{seed}");
        }
        if (!string.IsNullOrWhiteSpace(options.ExtraParameters))
        {
            parameters.Add(options.ExtraParameters.Replace(',', ' '));
        }
        return string.Join(" ", parameters);
    }

    /// <summary>
    /// When no schedule can respect every rule, solves again with each employee's rules behind an
    /// assumption and names the smallest set CP-SAT found that cannot hold together.
    /// </summary>
    private static string Explain(RosterProblem problem, SolveOptions options)
    {
        var model = new RosterModel(problem, explain: true);
        var solver = new CpSolver { StringParameters = $"max_time_in_seconds:{Math.Min(10, options.TimeLimit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)} num_workers:1" };
        if (solver.Solve(model.Model) != CpSolverStatus.Infeasible)
        {
            return "Les règles ne peuvent pas être respectées ensemble.";
        }
        var core = solver.SufficientAssumptionsForInfeasibility().Select(index => model.AssumptionNames[index]).Distinct().ToList();
        return core.Count == 0
            ? "Les règles ne peuvent pas être respectées ensemble."
            : "Impossible de respecter ensemble : " + string.Join(" ; ", core) + ".";
    }

    private static List<UncoveredDemand> Uncovered(RosterProblem problem, RosterModel model, IReadOnlyList<Assignment> assignments)
    {
        var counts = assignments.GroupBy(a => (a.Day, a.ShiftId)).ToDictionary(g => g.Key, g => g.Count());
        var uncovered = new List<UncoveredDemand>();
        foreach (var cover in problem.Cover)
        {
            var missing = cover.Requirement - counts.GetValueOrDefault((cover.Day, cover.ShiftId));
            if (missing <= 0)
            {
                continue;
            }
            var candidates = model.Candidates(cover.Day, cover.ShiftId);
            uncovered.Add(new UncoveredDemand(cover.Day, cover.ShiftId, missing, candidates == 0
                ? "personne n'est disponible ou qualifié ce jour-là"
                : candidates <= counts.GetValueOrDefault((cover.Day, cover.ShiftId))
                    ? "toutes les personnes disponibles et qualifiées y sont déjà"
                    : "le couvrir dépasserait les heures choisies ou une règle de repos des personnes disponibles"));
        }
        return uncovered;
    }

    private sealed class ProgressCallback(Action<SolveProgress>? onProgress, Stopwatch clock, CancellationToken cancellationToken) : CpSolverSolutionCallback
    {
        private int _solutions;

        public override void OnSolutionCallback()
        {
            _solutions++;
            onProgress?.Invoke(new SolveProgress((long)Math.Round(ObjectiveValue()), (long)Math.Round(BestObjectiveBound()), clock.Elapsed, _solutions));
            if (cancellationToken.IsCancellationRequested)
            {
                StopSearch();
            }
        }
    }
}
