using System.Diagnostics;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// Column generation, the family of methods behind the published best values: a master linear
/// program chooses, for each employee, a mix of whole schedules ("columns") to cover the demand; its
/// dual prices tell each employee's pricing problem which shifts are worth working, and every
/// schedule that would lower the master's cost is added. An integer schedule comes from diving: the
/// employees the master has chosen a schedule for are fixed to it, or else those it leans to most,
/// the pricing runs again for the others until the master is back to its value before the fixing,
/// and so on until everyone has a schedule; then CP-SAT looks for the best combination of the most
/// promising columns. Each schedule found is offered to the searches running beside it, and their
/// best schedule is taken in as columns before the next dive. Where the pricing is exact, the
/// master's value is a proven lower bound, and CP-SAT's gap search (after a branch and price, on
/// small teams) closes the gap between that bound and the best schedule (docs/decisions/0005).
/// </summary>
internal sealed partial class ColumnGeneration
{
    // A column the master gives at least this share is taken as chosen.
    private const double Chosen = 0.999;
    // Pricing rounds after each fixing: at least so many, then more while the master stays above its
    // value at the dive's start, up to the most; dives that let the master drift end far from it.
    private const int FewestRoundsPerFixing = 3;
    private const int MostRoundsPerFixing = 100;
    private const double Drift = 0.5;
    // A dive's master and CP-SAT's combination hold each employee's columns of lowest reduced cost
    // only: a smaller master solves faster, and each of a dive's many solves counts; a small
    // combination CP-SAT often solves to optimality, where it finds what the dives miss (Instance 5's 1,143).
    private const int PromisingColumnsPerEmployee = 30;
    private static readonly TimeSpan CombineLimit = TimeSpan.FromSeconds(2);
    // CP-SAT is asked to close the gap between the bound and the best schedule only when it is this
    // narrow: wider, too few choices are ruled out for CP-SAT to settle a target in a few seconds.
    // Its first attempts have a few seconds each, doubled after each cycle that leaves a target
    // unsettled: on Instance 7 ruling out 1,055 takes 4 to 14 s, and short attempts repeated each
    // cycle only took the dives' time.
    private const long WidestGapToClose = 3;
    private static readonly TimeSpan FirstGapSearchLimit = TimeSpan.FromSeconds(5);
    // The branch and price has this long after each cycle's dive, then twice as long: on Instance 7
    // it found 1,056 within 5 to 10 s when it did, and the dives stay the quickest way to a first
    // good schedule.
    private static readonly TimeSpan FirstBranchAndPriceLimit = TimeSpan.FromSeconds(10);
    // Beyond so many employee × shift-type pairs, a node's pricing rounds are slow and the branch and
    // price took the gap search's time: Instance 12 (600 pairs) fell from 4,040 proved in every run
    // to 4,040–4,140; Instance 7 (60 pairs) gained.
    private const int MostPairsForBranchAndPrice = 100;

    private readonly RosterProblem _problem;
    private readonly RosterModel _model;
    private readonly Random _random;
    private readonly EmployeePricing[] _pricing;
    // The pool: every column found, per employee, in the order found.
    private readonly List<Column>[] _columns;
    private readonly Dictionary<string, int> _known = [];
    private readonly int[] _coverOf;
    private readonly Dictionary<string, int> _shiftOf;
    private readonly bool _exact;
    private readonly bool _branchAndPrice;
    private TimeSpan _gapSearchLimit = FirstGapSearchLimit;
    private TimeSpan _branchAndPriceLimit = FirstBranchAndPriceLimit;

    public ColumnGeneration(RosterProblem problem, RosterModel model, int seed)
    {
        _problem = problem;
        _model = model;
        _random = new Random(seed);
        var eligibility = new Eligibility(problem);
        _pricing = Enumerable.Range(0, problem.Employees.Count).Select(e => new EmployeePricing(problem, e, eligibility)).ToArray();
        _columns = Enumerable.Range(0, problem.Employees.Count).Select(_ => new List<Column>()).ToArray();
        _shiftOf = ShiftIndex(problem);
        _coverOf = CoverOf(problem);
        // The master is the problem's exact relaxation with one demand per day and shift type: then, and
        // with an exact pricing for everyone, its value bounds every schedule's cost. A demand's skill
        // keeps that: people without it have no variable for its shift (Eligibility), so no column of
        // theirs holds it and the master counts only those who have it.
        _exact = OneDemandEach(problem) && _pricing.All(pricing => pricing.Exact);
        _branchAndPrice = _exact && problem.Employees.Count * problem.Shifts.Count <= MostPairsForBranchAndPrice;
    }

    /// <summary>Whether every demand is its own day and shift type: then a shift worked meets one demand, priced by it alone.</summary>
    internal static bool OneDemandEach(RosterProblem problem) =>
        problem.Cover.Count == problem.Cover.Select(c => (c.Day, c.ShiftId)).Distinct().Count();

    /// <summary>For each day and shift type, its demand's place in the problem's cover, or −1 when none asks for it.</summary>
    internal static int[] CoverOf(RosterProblem problem)
    {
        var shiftOf = ShiftIndex(problem);
        var coverOf = Enumerable.Repeat(-1, problem.Days * problem.Shifts.Count).ToArray();
        for (var c = 0; c < problem.Cover.Count; c++)
        {
            if (shiftOf.TryGetValue(problem.Cover[c].ShiftId, out var s))
            {
                coverOf[problem.Cover[c].Day * problem.Shifts.Count + s] = c;
            }
        }
        return coverOf;
    }

    /// <summary>Each shift type's place in the problem's list, by its id.</summary>
    internal static Dictionary<string, int> ShiftIndex(RosterProblem problem) =>
        problem.Shifts.Select((shift, index) => (shift.Id, index)).ToDictionary(p => p.Id, p => p.index);

    /// <summary>
    /// Dives again and again until the time is up, each time from the searches' best schedule; stops
    /// sooner once the best schedule is proved, or once <paramref name="goal"/> says it is good enough.
    /// </summary>
    public void Improve(Incumbent incumbent, TimeSpan budget, CancellationToken cancellationToken, Func<Incumbent, bool>? goal = null)
    {
        var clock = Stopwatch.StartNew();
        bool TimeLeft() => clock.Elapsed < budget - TimeSpan.FromSeconds(0.2) && !cancellationToken.IsCancellationRequested
            && !incumbent.Proved && goal?.Invoke(incumbent) != true;
        using var root = new MasterProgram(_problem, _coverOf);
        while (TimeLeft())
        {
            var current = AddIncumbent(incumbent);
            for (var e = 0; e < _columns.Length; e++)
            {
                for (var place = 0; place < _columns[e].Count; place++)
                {
                    root.Add(e, place, _columns[e][place]);
                }
            }
            var converged = Generate(root, Enumerable.Repeat(false, _columns.Length).ToArray(), int.MaxValue, double.NegativeInfinity, TimeLeft);
            if (root.Solve() is not { } solution)
            {
                return;
            }
            if (converged && _exact)
            {
                // Costs are whole numbers: the bound rounds up, less GLOP's tolerance.
                incumbent.OfferBound((long)Math.Ceiling(solution.Value - 1e-3));
                if (!_branchAndPrice)
                {
                    CloseGap(solution, incumbent, budget - clock.Elapsed - TimeSpan.FromSeconds(0.2), cancellationToken);
                }
            }
            var promising = Promising(solution);
            OfferChecked(incumbent, Dive(solution, promising, TimeLeft));
            if (TimeLeft())
            {
                OfferChecked(incumbent, Combine(promising, current, Min(CombineLimit, budget - clock.Elapsed - TimeSpan.FromSeconds(0.2)), cancellationToken));
            }
            if (converged && _branchAndPrice && TimeLeft())
            {
                var slice = Stopwatch.StartNew();
                BranchAndPrice(promising, incumbent, () => TimeLeft() && slice.Elapsed < _branchAndPriceLimit);
                _branchAndPriceLimit *= 2;
                CloseGap(solution, incumbent, budget - clock.Elapsed - TimeSpan.FromSeconds(0.2), cancellationToken);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>
    /// Offers a schedule to the searches once checked against every rule: checked again although the
    /// pricing and CP-SAT keep every rule, because a broken rule must never reach a team.
    /// </summary>
    private void OfferChecked(Incumbent incumbent, List<Assignment>? assignments)
    {
        if (assignments is not null && RosterChecker.Check(_problem, assignments) is { Violations.Count: 0 } check)
        {
            incumbent.Offer(_model.ValuesOf(assignments), check.Objective);
        }
    }

    /// <summary>
    /// Asks CP-SAT for a schedule at the bound, then one above, and so on up to one below the best
    /// schedule: each target it proves out of reach raises the bound, and the first schedule it finds
    /// is then the best there is. Stops at the first target it can neither reach nor rule out in time;
    /// the next cycle's attempts then have twice as long.
    /// </summary>
    private void CloseGap(MasterSolution root, Incumbent incumbent, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Null when CP-SAT found a schedule at the target or could not tell in time; true when none exists.
        bool? Attempt(long target)
        {
            var limit = Min(_gapSearchLimit, budget - clock.Elapsed);
            if (limit <= TimeSpan.Zero || cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            var (found, noneAtTarget) = GapSearch.Solve(_problem, _pricing, _coverOf, root, target, _model.Read(incumbent.Current.Values), _random.Next(1_000_000), limit, cancellationToken);
            if (found is not null)
            {
                OfferChecked(incumbent, found);
                return null;
            }
            if (noneAtTarget)
            {
                incumbent.OfferBound(target + 1);
            }
            return noneAtTarget ? true : null;
        }
        var target = incumbent.Bound;
        if (incumbent.Current.Objective - target > WidestGapToClose)
        {
            // Too far from the bound yet: too many choices are left open for CP-SAT, the dives go first.
            return;
        }
        while (target < incumbent.Current.Objective && Attempt(target) == true)
        {
            target++;
        }
        if (!incumbent.Proved && target < incumbent.Current.Objective)
        {
            _gapSearchLimit *= 2;
        }
    }

    /// <summary>Each employee's places in the pool of the columns of lowest reduced cost under the root's prices.</summary>
    private int[][] Promising(MasterSolution rootSolution) => Enumerable.Range(0, _columns.Length)
        .Select(e => Enumerable.Range(0, _columns[e].Count)
            .OrderBy(place => ReducedCost(_columns[e][place], rootSolution.CoverDuals, rootSolution.EmployeeDuals[e]))
            .Take(PromisingColumnsPerEmployee)
            .ToArray())
        .ToArray();

    /// <summary>
    /// The best combination of each employee's promising columns and their column in the searches'
    /// best schedule, by CP-SAT on the restricted master.
    /// </summary>
    private List<Assignment>? Combine(int[][] promising, int[] current, TimeSpan limit, CancellationToken cancellationToken)
    {
        // The searches' column first: CP-SAT is hinted with the current best schedule.
        var candidates = Enumerable.Range(0, _columns.Length)
            .Select(e => promising[e].Where(place => place != current[e]).Prepend(current[e]).Select(place => _columns[e][place]).ToList())
            .ToArray();
        var picked = RestrictedMaster.Solve(_problem, _coverOf, candidates, limit, cancellationToken);
        return picked?.SelectMany((place, e) => Assignments(e, candidates[e][place])).ToList();
    }

    /// <summary>
    /// Fixes employees to the schedules the master chooses, pricing the others again after each
    /// fixing, on a master of the promising columns and those the root leans to.
    /// </summary>
    private List<Assignment>? Dive(MasterSolution rootSolution, int[][] promising, Func<bool> timeLeft)
    {
        using var master = new MasterProgram(_problem, _coverOf);
        for (var e = 0; e < _columns.Length; e++)
        {
            foreach (var place in promising[e].Append(rootSolution.Leaning[e].Place).Where(place => place >= 0))
            {
                master.Add(e, place, _columns[e][place]);
            }
        }
        var fixedTo = Enumerable.Repeat(-1, _columns.Length).ToArray();
        var target = rootSolution.Value + Drift;
        while (fixedTo.Contains(-1))
        {
            if (!timeLeft() || master.Solve() is not { } solution)
            {
                return null;
            }
            var candidates = Enumerable.Range(0, _columns.Length).Where(e => fixedTo[e] < 0)
                .Select(e => (Employee: e, solution.Leaning[e].Place, solution.Leaning[e].Share))
                .ToList();
            var chosen = candidates.Where(c => c.Share >= Chosen).ToList();
            if (chosen.Count == 0)
            {
                // The employees the master leans to most, a tenth of those left at a time, so that a dive stays short on large teams.
                chosen = candidates.OrderByDescending(c => c.Share + _random.NextDouble() * 1e-3).Take(Math.Max(1, candidates.Count / 10)).ToList();
            }
            foreach (var (employee, place, _) in chosen)
            {
                fixedTo[employee] = place;
                master.Fix(employee, place);
            }
            Generate(master, fixedTo.Select(place => place >= 0).ToArray(), MostRoundsPerFixing, target, timeLeft);
        }
        return Enumerable.Range(0, _columns.Length).SelectMany(e => Assignments(e, _columns[e][fixedTo[e]])).ToList();
    }

    /// <summary>
    /// Prices the free employees against the master until no column lowers it (then true), or for
    /// so many rounds, or, after the fewest rounds, until the master is back at or below the target.
    /// </summary>
    private bool Generate(MasterProgram master, bool[] isFixed, int rounds, double target, Func<bool> timeLeft)
    {
        for (var round = 0; round < rounds && timeLeft(); round++)
        {
            if (master.Solve() is not { } solution)
            {
                return false;
            }
            if (round >= FewestRoundsPerFixing && solution.Value <= target)
            {
                return false;
            }
            var added = 0;
            foreach (var e in Enumerable.Range(0, _pricing.Length).Where(e => !isFixed[e]))
            {
                if (!timeLeft())
                {
                    return false;
                }
                if (_pricing[e].Price(solution.CoverDuals, _coverOf, solution.EmployeeDuals[e]) is { } column && Add(master, e, column))
                {
                    added++;
                }
            }
            if (added == 0)
            {
                return true;
            }
        }
        return false;
    }

    private double ReducedCost(Column column, double[] coverDuals, double employeeDual)
    {
        var cost = column.Cost - employeeDual;
        for (var d = 0; d < column.ShiftOnDay.Length; d++)
        {
            if (column.ShiftOnDay[d] >= 0 && _coverOf[d * _problem.Shifts.Count + column.ShiftOnDay[d]] is var c and >= 0)
            {
                cost -= coverDuals[c];
            }
        }
        return cost;
    }

    /// <summary>Puts the column in the pool and in the master; false when the master held it already.</summary>
    private bool Add(MasterProgram master, int e, Column column)
    {
        var place = PlaceOf(e, column);
        if (master.Holds(e, place))
        {
            return false;
        }
        master.Add(e, place, column);
        return true;
    }

    /// <summary>The column's place in the employee's pool, adding it when it is new.</summary>
    private int PlaceOf(int e, Column column)
    {
        var key = column.Key(e);
        if (!_known.TryGetValue(key, out var place))
        {
            place = _known[key] = _columns[e].Count;
            _columns[e].Add(column);
        }
        return place;
    }

    private IEnumerable<Assignment> Assignments(int e, Column column) => Enumerable.Range(0, column.ShiftOnDay.Length)
        .Where(d => column.ShiftOnDay[d] >= 0)
        .Select(d => new Assignment(_problem.Employees[e].Id, d, _problem.Shifts[column.ShiftOnDay[d]].Id));

    /// <summary>Takes the searches' best schedule into the pool, one column per employee, so that the master starts from it.</summary>
    private int[] AddIncumbent(Incumbent incumbent)
    {
        var places = new int[_problem.Employees.Count];
        var byEmployee = _model.Read(incumbent.Current.Values).ToLookup(a => a.EmployeeId);
        for (var e = 0; e < _problem.Employees.Count; e++)
        {
            var shiftOnDay = Enumerable.Repeat(-1, _problem.Days).ToArray();
            foreach (var assignment in byEmployee[_problem.Employees[e].Id])
            {
                shiftOnDay[assignment.Day] = _shiftOf[assignment.ShiftId];
            }
            places[e] = PlaceOf(e, new Column(shiftOnDay, _pricing[e].WishCost(shiftOnDay)));
        }
        return places;
    }
}
