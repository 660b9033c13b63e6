using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace DroitEmploi.Planning;

/// <summary>
/// Improves a schedule by freeing a part of it (a few employees, a few days, or a few employees over
/// a fortnight), fixing the rest to the current schedule, and letting CP-SAT solve the small problem
/// left; a better or equal schedule replaces the current one. Each kind of neighbourhood grows when
/// its small problems are solved to optimality in time and shrinks when they are not, so that each
/// step stays short. It pays on large models, where CP-SAT's LP-based workers do not get far in the
/// time; on mid-size ones they find better schedules than these neighbourhoods (docs/decisions/0005).
/// </summary>
internal sealed class LargeNeighbourhoodSearch
{
    // Short steps: many small improvements beat a few long searches that end without a proof.
    private static readonly TimeSpan StepLimit = TimeSpan.FromMilliseconds(500);

    private readonly RosterProblem _problem;
    private readonly RosterModel _model;
    private readonly Random _random;
    private readonly int _workers;
    private readonly Neighbourhood[] _neighbourhoods;

    public LargeNeighbourhoodSearch(RosterProblem problem, RosterModel model, int seed, int workers)
    {
        _problem = problem;
        _model = model;
        _random = new Random(seed);
        _workers = workers;
        var employees = problem.Employees.Count;
        _neighbourhoods =
        [
            new Neighbourhood(Freed.Employees, size: Math.Max(2, employees / 5), min: 1, max: employees),
            new Neighbourhood(Freed.Days, size: Math.Min(7, problem.Days), min: 2, max: problem.Days),
            new Neighbourhood(Freed.EmployeesOverAFortnight, size: Math.Max(3, employees / 3), min: 2, max: employees),
        ];
    }

    /// <summary>Runs steps until the time is up, each from the best schedule the searches share.</summary>
    public void Improve(Incumbent incumbent, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var variables = _model.Model.Model.Variables;
        var decisions = _model.Decisions;
        while (!cancellationToken.IsCancellationRequested)
        {
            var left = budget - clock.Elapsed;
            if (left < TimeSpan.FromMilliseconds(200) || incumbent.Proved)
            {
                break;
            }
            var (values, objective) = incumbent.Current;
            var neighbourhood = _neighbourhoods[_random.Next(_neighbourhoods.Length)];
            var isFree = Choose(neighbourhood);
            _model.Model.ClearHints();
            for (var i = 0; i < decisions.Count; i++)
            {
                var decision = decisions[i];
                var domain = variables[decision.Variable.GetIndex()].Domain;
                domain.Clear();
                if (isFree(decision.Employee, decision.Day))
                {
                    domain.Add(0);
                    domain.Add(1);
                    _model.Model.AddHint(decision.Variable, values[i]);
                }
                else
                {
                    var value = values[i] ? 1L : 0L;
                    domain.Add(value);
                    domain.Add(value);
                }
            }
            var limit = left < StepLimit ? left : StepLimit;
            // The full linear relaxation proves the small problems optimal sooner (the LP bounds of these models are tight).
            var solver = new CpSolver
            {
                StringParameters = string.Create(CultureInfo.InvariantCulture,
                    $"max_time_in_seconds:{limit.TotalSeconds} num_workers:{_workers} random_seed:{_random.Next(1_000_000)} linearization_level:2"),
            };
            using var registration = cancellationToken.Register(solver.StopSearch);
            var status = solver.Solve(_model.Model);
            if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                var found = (long)Math.Round(solver.ObjectiveValue);
                if (found <= objective)
                {
                    incumbent.Offer(decisions.Select(decision => solver.BooleanValue(decision.Variable)).ToArray(), found);
                }
            }
            neighbourhood.Adapt(solvedToOptimality: status == CpSolverStatus.Optimal);
        }
        Release(variables, decisions);
    }

    private Func<int, int, bool> Choose(Neighbourhood neighbourhood)
    {
        var employees = _problem.Employees.Count;
        var days = _problem.Days;
        switch (neighbourhood.Freed)
        {
            case Freed.Employees:
                {
                    var chosen = Sample(employees, neighbourhood.Size);
                    return (employee, _) => chosen.Contains(employee);
                }
            case Freed.Days:
                {
                    var length = Math.Min(neighbourhood.Size, days);
                    var start = _random.Next(days - length + 1);
                    return (_, day) => day >= start && day < start + length;
                }
            default: // Freed.EmployeesOverAFortnight
                {
                    var chosen = Sample(employees, neighbourhood.Size);
                    var length = Math.Min(14, days);
                    var start = _random.Next(days - length + 1);
                    return (employee, day) => chosen.Contains(employee) && day >= start && day < start + length;
                }
        }
    }

    private HashSet<int> Sample(int count, int size)
    {
        var all = Enumerable.Range(0, count).ToArray();
        _random.Shuffle(all);
        return all.Take(Math.Min(size, count)).ToHashSet();
    }

    private static void Release(Google.Protobuf.Collections.RepeatedField<IntegerVariableProto> variables, List<Decision> decisions)
    {
        foreach (var decision in decisions)
        {
            var domain = variables[decision.Variable.GetIndex()].Domain;
            domain.Clear();
            domain.Add(0);
            domain.Add(1);
        }
    }

    /// <summary>A kind of neighbourhood and its current size, grown after quick proofs and shrunk after timeouts.</summary>
    private sealed class Neighbourhood(Freed freed, int size, int min, int max)
    {
        private double _size = size;

        public Freed Freed { get; } = freed;

        public int Size => (int)Math.Round(_size);

        public void Adapt(bool solvedToOptimality) =>
            _size = Math.Clamp(solvedToOptimality ? _size * 1.15 : _size / 1.15, min, max);
    }

    /// <summary>What a neighbourhood frees: whole rows of the schedule, whole columns, or part of some rows.</summary>
    private enum Freed
    {
        Employees,
        Days,
        EmployeesOverAFortnight,
    }
}
