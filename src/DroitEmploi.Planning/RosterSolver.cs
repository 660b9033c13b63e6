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
        // What no schedule covers bounds every schedule's cost from below, whatever the search proves.
        var unavoidable = UnavoidableNeeds.Find(problem);
        var floor = UnavoidableNeeds.Bound(problem, unavoidable);
        var solution = SolveWithin(problem, options with { OnProgress = Improving(options.OnProgress, floor) }, floor, cancellationToken);
        var bound = Math.Max(solution.BestBound, floor);
        return solution with
        {
            BestBound = bound,
            Status = solution.Status == SolveStatus.Feasible && solution.Objective <= bound ? SolveStatus.Optimal : solution.Status,
            Unavoidable = unavoidable,
        };
    }

    private RosterSolution SolveWithin(RosterProblem problem, SolveOptions options, long floor, CancellationToken cancellationToken)
    {
        if (options.LnsShare is > 0 and <= 1)
        {
            return SolveThenImprove(problem, options, floor, cancellationToken);
        }
        return SolveOnce(problem, options, cancellationToken);
    }

    /// <summary>
    /// Progress told only when the schedule gets better: the first schedule comes from the construction,
    /// and CP-SAT's first ones may cost more; the bound is never told below what no schedule covers.
    /// </summary>
    private static Action<SolveProgress>? Improving(Action<SolveProgress>? onProgress, long floor)
    {
        if (onProgress is null)
        {
            return null;
        }
        var gate = new Lock();
        var best = long.MaxValue;
        var bound = floor;
        return progress =>
        {
            lock (gate)
            {
                bound = Math.Max(bound, progress.BestBound);
                if (progress.Objective < best || progress.Assignments is not null && progress.Objective <= best)
                {
                    best = progress.Objective;
                    onProgress(progress with { BestBound = bound });
                }
            }
        };
    }

    /// <summary>
    /// A first schedule by the greedy construction, then CP-SAT on the whole model (it finds schedules,
    /// proves small instances optimal and gives the bound), then searches side by side from the better
    /// of the two: large-neighbourhood searches, and in place of the first of them a column generation
    /// when asked and there are two or more.
    /// </summary>
    private RosterSolution SolveThenImprove(RosterProblem problem, SolveOptions options, long floor, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Half the time at most: it takes well under a second on weeks and most instances, and only the
        // largest models (Instance 24: 10 to 30 s) need more, where CP-SAT finds nothing in a minute anyway.
        var pricing = new Columns.PersonPricings(problem);
        var constructed = Construct(problem, pricing, options.TimeLimit / 2, cancellationToken);
        if (constructed is { } start)
        {
            options.OnProgress?.Invoke(new SolveProgress(start.Objective, floor, clock.Elapsed, 1) { Assignments = start.Assignments });
        }
        var rest = options.TimeLimit - clock.Elapsed;
        // CP-SAT starts from the first schedule (its own search needs one to improve): on Instance 13 it
        // ended at 4,852 instead of 5,639 to 6,317, on 19 at 4,855 instead of 5,897; Instance 5 kept 1,143.
        var hint = options.Hint ?? constructed?.Assignments;
        // No whole-model phase where loading the model alone outlasts its share (Instance 24: 90 s for 14),
        // unless the construction found nothing: then CP-SAT has all that is left to find a schedule.
        var wholeModel = options.LnsShare < 1 ? rest * (1 - options.LnsShare) : constructed is null ? rest : TimeSpan.Zero;
        var first = wholeModel > TimeSpan.Zero
            ? SolveWithin(problem, options with { LnsShare = 0, TimeLimit = wholeModel, Hint = hint }, floor, cancellationToken)
            : new RosterSolution(SolveStatus.NoSolutionFound, [], null, floor, clock.Elapsed, [], null);
        if (first.Status is SolveStatus.Optimal or SolveStatus.Infeasible)
        {
            return first with { Elapsed = clock.Elapsed };
        }
        var (assignments, objective) = first.Objective is { } found && (constructed is null || found <= constructed.Value.Objective)
            ? (first.Assignments, found)
            : constructed is { } built ? (built.Assignments, built.Objective) : (first.Assignments, -1L);
        if (objective < 0)
        {
            // Nothing to improve yet: the rest of the time goes to finding a first schedule.
            return cancellationToken.IsCancellationRequested
                ? first
                : SolveOnce(problem, options with { TimeLimit = options.TimeLimit - clock.Elapsed }, cancellationToken) with { Elapsed = clock.Elapsed };
        }
        if (cancellationToken.IsCancellationRequested)
        {
            return Finished(problem, new RosterModel(problem, explain: false), assignments, first.BestBound, clock, cancellationToken);
        }
        // One search per core, sharing the best schedule. Those that change their model each build
        // their own copy, in their own thread (Instance 24's takes about 20 s); the person-by-person
        // searches only read which decision is which, from the first model.
        var model = new RosterModel(problem, explain: false);
        // The construction's schedule was just shown: the searches' next one waits a few seconds.
        var showing = new ScheduleShowing(clock, firstAtOnce: false);
        var incumbent = new Incumbent(model.ValuesOf(assignments), objective, (values, cost, proved) =>
        {
            if (options.OnProgress is null)
            {
                return;
            }
            options.OnProgress(new SolveProgress(cost, Math.Max(first.BestBound, proved), clock.Elapsed, 0) { Assignments = showing.Due() ? model.Read(values) : null });
        });
        incumbent.OfferBound(Math.Max(floor, first.BestBound));
        var personSearches = Columns.RuinAndRecreate.Applies(problem) ? options.PersonSearches : 0;
        Parallel.For(0, options.LnsSearches, new ParallelOptions { MaxDegreeOfParallelism = options.LnsSearches }, index =>
        {
            var seed = (options.RandomSeed ?? 1) + index;
            if (index < personSearches)
            {
                // The construction's pricings go to the first; the others price on their own (not shared across threads).
                new Columns.RuinAndRecreate(problem, model, index == 0 ? pricing : new Columns.PersonPricings(problem), seed)
                    .Improve(incumbent, options.TimeLimit - clock.Elapsed, cancellationToken);
                return;
            }
            var own = index == 0 ? model : new RosterModel(problem, explain: false);
            if (options.ColumnGeneration && options.LnsSearches >= 2 && index == 0)
            {
                new Columns.ColumnGeneration(problem, own, seed).Improve(incumbent, options.TimeLimit - clock.Elapsed, cancellationToken);
            }
            else
            {
                new LargeNeighbourhoodSearch(problem, own, seed, options.LnsWorkers).Improve(incumbent, options.TimeLimit - clock.Elapsed, cancellationToken);
            }
        });
        return Finished(problem, model, model.Read(incumbent.Current.Values), Math.Max(first.BestBound, incumbent.Bound), clock, cancellationToken);
    }

    private static RosterSolution Finished(RosterProblem problem, RosterModel model, IReadOnlyList<Assignment> assignments, long bound, Stopwatch clock, CancellationToken cancellationToken)
    {
        var best = Cost(problem, assignments);
        return new RosterSolution(
            cancellationToken.IsCancellationRequested ? SolveStatus.Cancelled : best <= bound ? SolveStatus.Optimal : SolveStatus.Feasible,
            assignments, best, bound, clock.Elapsed, Uncovered(problem, model, assignments), null);
    }

    /// <summary>The greedy construction's schedule and its cost, kept only if the checker finds it within every rule.</summary>
    private static (IReadOnlyList<Assignment> Assignments, long Objective)? Construct(RosterProblem problem, Columns.PersonPricings pricing, TimeSpan limit, CancellationToken cancellationToken)
    {
        if (Columns.GreedyConstruction.Build(problem, pricing, limit, cancellationToken) is not { } assignments)
        {
            return null;
        }
        var check = RosterChecker.Check(problem, assignments);
        return check.Feasible ? (assignments, check.Objective) : null;
    }

    private static RosterSolution SolveOnce(RosterProblem problem, SolveOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var model = new RosterModel(problem, explain: false);
        model.Hint(options.Hint);
        var solver = new CpSolver { StringParameters = Parameters(options) };
        var callback = new ProgressCallback(options.OnProgress, model, clock, cancellationToken);
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

    private sealed class ProgressCallback(Action<SolveProgress>? onProgress, RosterModel model, Stopwatch clock, CancellationToken cancellationToken) : CpSolverSolutionCallback
    {
        private readonly ScheduleShowing _showing = new(clock, firstAtOnce: true);
        private int _solutions;

        public override void OnSolutionCallback()
        {
            _solutions++;
            if (onProgress is not null)
            {
                onProgress(new SolveProgress((long)Math.Round(ObjectiveValue()), (long)Math.Round(BestObjectiveBound()), clock.Elapsed, _solutions)
                {
                    Assignments = _showing.Due() ? model.Read(model.Decisions.Select(decision => BooleanValue(decision.Variable)).ToArray()) : null,
                });
            }
            if (cancellationToken.IsCancellationRequested)
            {
                StopSearch();
            }
        }
    }
}
