using System.Diagnostics;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// Column generation, the family of methods behind the published best values: a master linear
/// program chooses, for each employee, a mix of whole schedules ("columns") to cover the demand; its
/// dual prices tell each employee's pricing problem which shifts are worth working, and every
/// schedule that would lower the master's cost is added. An integer schedule comes from diving: the
/// employees the master has chosen a schedule for are fixed to it, or else the one it leans to most,
/// the pricing runs again for the others, and so on until everyone has a schedule. Each dive's
/// schedule is offered to the searches running beside it, and their best schedule is taken in as
/// columns before the next dive (docs/decisions/0005).
/// </summary>
internal sealed class ColumnGeneration
{
    // A column the master gives at least this share is taken as chosen.
    private const double Chosen = 0.999;
    // Pricing rounds after each fixing in a dive: enough to repair the mix, few enough to dive quickly.
    private const int RoundsPerFixing = 3;

    private readonly RosterProblem _problem;
    private readonly RosterModel _model;
    private readonly Random _random;
    private readonly EmployeePricing[] _pricing;
    private readonly List<Column>[] _columns;
    private readonly HashSet<string> _known = [];
    private readonly int[] _coverOf;
    private readonly Dictionary<string, int> _shiftOf;

    public ColumnGeneration(RosterProblem problem, RosterModel model, int seed)
    {
        _problem = problem;
        _model = model;
        _random = new Random(seed);
        _pricing = Enumerable.Range(0, problem.Employees.Count).Select(e => new EmployeePricing(problem, e)).ToArray();
        _columns = Enumerable.Range(0, problem.Employees.Count).Select(_ => new List<Column>()).ToArray();
        _shiftOf = problem.Shifts.Select((shift, index) => (shift.Id, index)).ToDictionary(p => p.Id, p => p.index);
        _coverOf = Enumerable.Repeat(-1, problem.Days * problem.Shifts.Count).ToArray();
        for (var c = 0; c < problem.Cover.Count; c++)
        {
            if (_shiftOf.TryGetValue(problem.Cover[c].ShiftId, out var s))
            {
                _coverOf[problem.Cover[c].Day * problem.Shifts.Count + s] = c;
            }
        }
    }

    /// <summary>Dives again and again until the time is up, each time from the searches' best schedule.</summary>
    public void Improve(Incumbent incumbent, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        bool TimeLeft() => clock.Elapsed < budget - TimeSpan.FromSeconds(0.2) && !cancellationToken.IsCancellationRequested;
        using var master = new MasterProgram(_problem, _coverOf);
        while (TimeLeft())
        {
            master.Release();
            AddIncumbent(master, incumbent);
            Generate(master, Enumerable.Repeat(-1, _columns.Length).ToArray(), int.MaxValue, TimeLeft);
            if (Dive(master, TimeLeft) is { } assignments && RosterChecker.Check(_problem, assignments) is { Violations.Count: 0 } check)
            {
                // Checked again although the pricing keeps every rule: a broken rule must never reach a team.
                incumbent.Offer(_model.ValuesOf(assignments), check.Objective);
            }
        }
    }

    /// <summary>Fixes employees to the schedules the master chooses, pricing the others again after each fixing.</summary>
    private List<Assignment>? Dive(MasterProgram master, Func<bool> timeLeft)
    {
        var fixedTo = Enumerable.Repeat(-1, _columns.Length).ToArray();
        while (fixedTo.Contains(-1))
        {
            if (!timeLeft() || master.Solve() is not { } solution)
            {
                return null;
            }
            var candidates = Enumerable.Range(0, _columns.Length).Where(e => fixedTo[e] < 0)
                .Select(e => (Employee: e, Share: solution.Shares[e].Max()))
                .Select(c => (c.Employee, Column: Array.IndexOf(solution.Shares[c.Employee], c.Share), c.Share))
                .ToList();
            var chosen = candidates.Where(c => c.Share >= Chosen).ToList();
            if (chosen.Count == 0)
            {
                // The employees the master leans to most, a tenth of those left at a time, so that a dive stays short on large teams.
                chosen = candidates.OrderByDescending(c => c.Share + _random.NextDouble() * 1e-3).Take(Math.Max(1, candidates.Count / 10)).ToList();
            }
            foreach (var (employee, column, _) in chosen)
            {
                fixedTo[employee] = column;
                master.Fix(employee, column);
            }
            Generate(master, fixedTo, RoundsPerFixing, timeLeft);
        }
        return Enumerable.Range(0, _columns.Length).SelectMany(e => Assignments(e, _columns[e][fixedTo[e]])).ToList();
    }

    /// <summary>Prices the free employees against the master until no column lowers it, or for so many rounds.</summary>
    private void Generate(MasterProgram master, int[] fixedTo, int rounds, Func<bool> timeLeft)
    {
        for (var round = 0; round < rounds && timeLeft(); round++)
        {
            if (master.Solve() is not { } solution)
            {
                return;
            }
            var added = 0;
            foreach (var e in Enumerable.Range(0, _pricing.Length).Where(e => fixedTo[e] < 0).TakeWhile(_ => timeLeft()))
            {
                if (_pricing[e].Price(solution.CoverDuals, _coverOf, solution.EmployeeDuals[e]) is { } column && Add(master, e, column))
                {
                    added++;
                }
            }
            if (added == 0)
            {
                return;
            }
        }
    }

    private bool Add(MasterProgram master, int e, Column column)
    {
        if (!_known.Add(column.Key(e)))
        {
            return false;
        }
        _columns[e].Add(column);
        master.Add(e, column);
        return true;
    }

    private IEnumerable<Assignment> Assignments(int e, Column column) => Enumerable.Range(0, column.ShiftOnDay.Length)
        .Where(d => column.ShiftOnDay[d] >= 0)
        .Select(d => new Assignment(_problem.Employees[e].Id, d, _problem.Shifts[column.ShiftOnDay[d]].Id));

    /// <summary>Takes in the searches' best schedule, one column per employee, so that the master starts from it.</summary>
    private void AddIncumbent(MasterProgram master, Incumbent incumbent)
    {
        var byEmployee = _model.Read(incumbent.Current.Values).ToLookup(a => a.EmployeeId);
        for (var e = 0; e < _problem.Employees.Count; e++)
        {
            var shiftOnDay = Enumerable.Repeat(-1, _problem.Days).ToArray();
            foreach (var assignment in byEmployee[_problem.Employees[e].Id])
            {
                shiftOnDay[assignment.Day] = _shiftOf[assignment.ShiftId];
            }
            Add(master, e, new Column(shiftOnDay, _pricing[e].WishCost(shiftOnDay)));
        }
    }
}
