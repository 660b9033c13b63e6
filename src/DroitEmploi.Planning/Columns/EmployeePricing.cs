using Google.OrTools.Sat;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// One employee's pricing problem: among the schedules that keep the person's own rules, one whose
/// broken wishes cost less than the master's prices of its shifts. Solved by labelling
/// (<see cref="LabelPricing"/>), or by CP-SAT on the one-person model when the labels' states would be
/// too many.
/// </summary>
internal sealed class EmployeePricing
{
    // CP-SAT needs integer coefficients: dual prices are kept to a thousandth.
    private const double Scale = 1000;

    // The one-person CP-SAT model, built only if the labelling cannot price: building it for each of
    // Instance 24's 150 people (364 days, 32 shift types) took longer than their labelling.
    private readonly Lazy<RosterModel> _model;
    private readonly LabelPricing _labels;
    // Built on first use, where the exact labelling does not apply: for a first schedule on long horizons.
    private readonly Lazy<LabelPricing> _coarseLabels;
    // Per day and shift type: what working it changes in the person's broken wishes.
    private readonly double[] _wish;
    private readonly int _shifts;
    private readonly double[] _hours;

    public EmployeePricing(RosterProblem problem, int e, Eligibility? eligibility = null)
    {
        var employee = problem.Employees[e];
        var requests = problem.Requests.Where(r => r.EmployeeId == employee.Id).ToList();
        _model = new Lazy<RosterModel>(() => new RosterModel(new RosterProblem(problem.Days, problem.Shifts, [employee], requests,
            problem.Cover.Select(c => c with { WeightUnder = 0, WeightOver = 0 }).ToList()), explain: false));
        _shifts = problem.Shifts.Count;
        _hours = problem.Shifts.Select(shift => shift.Minutes / 60.0).ToArray();
        _wish = new double[problem.Days * _shifts];
        var shiftIndex = ColumnGeneration.ShiftIndex(problem);
        foreach (var request in requests)
        {
            if (shiftIndex.TryGetValue(request.ShiftId, out var s))
            {
                _wish[request.Day * _shifts + s] += request.On ? -request.Weight : request.Weight;
            }
        }
        OnWishes = requests.Where(r => r.On).Sum(r => (double)r.Weight);
        eligibility ??= new Eligibility(problem);
        var allowed = new List<(int Day, int Shift)>();
        for (var d = 0; d < problem.Days; d++)
        {
            for (var s = 0; s < _shifts; s++)
            {
                if (eligibility.Allows(e, d, s))
                {
                    allowed.Add((d, s));
                }
            }
        }
        Choices = allowed.Count;
        _labels = new LabelPricing(problem, employee, allowed);
        _coarseLabels = new Lazy<LabelPricing>(() => new LabelPricing(problem, employee, allowed, coarse: true));
    }

    /// <summary>Whether the pricing always finds the cheapest schedule: the labelling applies and holds every limited count.</summary>
    public bool Exact => _labels.Exact;

    /// <summary>How many day × shift-type choices the person has: how flexible they are.</summary>
    public int Choices { get; }

    // The weights of the person's wishes to work, all paid by a schedule with no shift at all.
    private double OnWishes { get; }

    /// <summary>The price of the wishes a schedule breaks.</summary>
    public double WishCost(int[] shiftOnDay)
    {
        var cost = OnWishes;
        for (var d = 0; d < shiftOnDay.Length; d++)
        {
            if (shiftOnDay[d] >= 0)
            {
                cost += _wish[d * _shifts + shiftOnDay[d]];
            }
        }
        return cost;
    }

    /// <summary>
    /// A schedule whose reduced cost (broken wishes, minus the master's prices of its shifts, minus the
    /// employee's dual) is negative, or null when none was found.
    /// </summary>
    public Column? Price(double[] coverDuals, int[] coverOf, double employeeDual) =>
        Price(coverDuals, coverOf, employeeDual, [])?.Column;

    /// <summary>
    /// The same within branching rules (a shift type worked or not on a day), with the column's reduced
    /// cost; null when no column within the rules lowers the master. The rules need the labelling:
    /// a rule's shift is made nearly free to force it, and a shift's price infinite to forbid it.
    /// </summary>
    public (Column Column, double ReducedCost)? Price(double[] coverDuals, int[] coverOf, double employeeDual, IReadOnlyList<BranchRule> rules)
    {
        var prices = Prices(coverDuals, coverOf);
        // Only a schedule whose prices sum below this lowers the master.
        var below = employeeDual - OnWishes - 1e-6;
        var priced = rules.Count == 0 ? prices : Restricted(prices, rules, ref below);
        // CP-SAT's integer prices cannot hold the rules' infinite ones: rules go to the labelling only.
        var shiftOnDay = _labels.Applies ? _labels.Cheapest(priced, below)?.ShiftOnDay : rules.Count == 0 ? CheapestByCpSat(prices) : null;
        if (shiftOnDay is null || !rules.All(rule => rule.Keeps(shiftOnDay)))
        {
            return null;
        }
        var reduced = OnWishes - employeeDual + Enumerable.Range(0, shiftOnDay.Length).Where(d => shiftOnDay[d] >= 0).Sum(d => prices[d * _shifts + shiftOnDay[d]]);
        return reduced < -1e-6 ? (new Column(shiftOnDay, WishCost(shiftOnDay)), reduced) : null;
    }

    private double[] Restricted(double[] prices, IReadOnlyList<BranchRule> rules, ref double below)
    {
        // Far above any price a schedule can have, so that every schedule forced to a shift takes it.
        const double Forcing = 1e6;
        var restricted = (double[])prices.Clone();
        foreach (var rule in rules)
        {
            if (!rule.Works)
            {
                restricted[rule.Day * _shifts + rule.Shift] = double.PositiveInfinity;
                continue;
            }
            for (var s = 0; s < _shifts; s++)
            {
                restricted[rule.Day * _shifts + s] = s == rule.Shift ? restricted[rule.Day * _shifts + s] - Forcing : double.PositiveInfinity;
            }
            below -= Forcing;
        }
        return restricted;
    }

    /// <summary>
    /// For each day and choice (index 0 off, then each shift type), the least reduced cost of a
    /// schedule that makes that choice that day, exact up to <paramref name="gap"/> (above it, possibly
    /// infinity). Null when the pricing is not exact.
    /// </summary>
    public double[]? LeastReducedCostThrough(double[] coverDuals, int[] coverOf, double employeeDual, double gap)
    {
        if (!Exact)
        {
            return null;
        }
        var through = _labels.CheapestThrough(Prices(coverDuals, coverOf), employeeDual - OnWishes + gap + 1e-3);
        return through.Select(price => price + OnWishes - employeeDual).ToArray();
    }

    /// <summary>Per day and shift type, what working it adds to the reduced cost: the wish it breaks or keeps, less the demand's dual price.</summary>
    private double[] Prices(double[] coverDuals, int[] coverOf)
    {
        var prices = new double[coverOf.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            prices[i] = _wish[i] - (coverOf[i] >= 0 ? coverDuals[coverOf[i]] : 0);
        }
        return prices;
    }

    /// <summary>
    /// A cheap schedule within the person's rules when each demand is worth its dual price, whatever
    /// its reduced cost (the first schedule's construction): by the exact labelling, else a coarse one,
    /// else CP-SAT in at most <paramref name="limit"/>. <paramref name="preferCoarse"/> skips the exact
    /// labelling: on long horizons it takes seconds a person where the coarse one takes a tenth.
    /// </summary>
    public int[]? Cheapest(double[] coverDuals, int[] coverOf, TimeSpan limit, bool preferCoarse = false)
    {
        var prices = Prices(coverDuals, coverOf);
        if (_labels.Applies && !preferCoarse)
        {
            return _labels.Cheapest(prices)?.ShiftOnDay ?? CheapestByCpSat(prices, limit);
        }
        if (_coarseLabels.Value.Applies)
        {
            // Its buckets may keep labels that worked too little to reach the person's minimum: then
            // every shift is made worth far more than any demand, and the labels work as much as allowed.
            var found = _coarseLabels.Value.Cheapest(prices)?.ShiftOnDay;
            if (found is null)
            {
                var keen = 1000 + prices.Max(Math.Abs);
                found = _coarseLabels.Value.Cheapest(prices.Select((price, i) => price - keen * _hours[i % _shifts]).ToArray())?.ShiftOnDay;
            }
            if (found is not null)
            {
                return found;
            }
        }
        // A limited shift type the coarse labels used up early can leave the minimum out of reach: the
        // exact labelling keeps those counts.
        return (_labels.Applies ? _labels.Cheapest(prices)?.ShiftOnDay : null) ?? CheapestByCpSat(prices, limit);
    }

    /// <summary>The labelling pricing's schedule for these prices per day and shift type (tests compare both).</summary>
    internal int[]? CheapestByLabels(double[] prices) => _labels.Cheapest(prices)?.ShiftOnDay;

    /// <summary>The cheapest schedule by CP-SAT on the one-person model, used when the labels' states would be too many.</summary>
    internal int[]? CheapestByCpSat(double[] prices) => CheapestByCpSat(prices, TimeSpan.FromSeconds(0.5));

    private int[]? CheapestByCpSat(double[] prices, TimeSpan limit)
    {
        var model = _model.Value;
        var decisions = model.Decisions;
        var terms = new List<LinearExpr>();
        foreach (var decision in decisions)
        {
            var coefficient = (long)Math.Round(prices[decision.Day * _shifts + decision.Shift] * Scale);
            if (coefficient != 0)
            {
                terms.Add(decision.Variable * coefficient);
            }
        }
        model.Model.Model.Objective = null;
        model.Model.Minimize(LinearExpr.Sum(terms));
        var seconds = Math.Max(0.01, limit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var solver = new CpSolver { StringParameters = $"max_time_in_seconds:{seconds} num_workers:1 linearization_level:2" };
        var status = solver.Solve(model.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }
        var shiftOnDay = Enumerable.Repeat(-1, prices.Length / _shifts).ToArray();
        foreach (var decision in decisions.Where(decision => solver.BooleanValue(decision.Variable)))
        {
            shiftOnDay[decision.Day] = decision.Shift;
        }
        return shiftOnDay;
    }
}
