namespace DroitEmploi.Planning.Columns;

internal sealed partial class ColumnGeneration
{
    // A stand-in column costs far more than any schedule: the master uses one only when no column of
    // the pool keeps the branching's rules for that employee, and a node still using one has none.
    private const double StandInCost = 1e7;
    private const double Integral = 1e-6;

    /// <summary>
    /// Branch and price: each node is the master under branching rules (a shift type worked or not by
    /// an employee on a day), priced until no column within the rules lowers it. It looks for a
    /// schedule one above the bound (or below the best one, if lower): a node whose bound is above that
    /// target is closed, one whose master is integral is a schedule, and the others are branched on.
    /// A target whose every node closed raises the bound, and the next target is one higher. It stops
    /// when only the proof is left (the best schedule one above the bound: CP-SAT's gap search rules
    /// that target out faster) or when the time is up. Sound only where the pricing is exact for
    /// everyone (docs/decisions/0005).
    /// </summary>
    internal void BranchAndPrice(int[][] promising, Incumbent incumbent, Func<bool> timeLeft)
    {
        // The promising columns only, as in a dive: a small master solves faster, and the pricing adds what each node needs.
        using var master = new MasterProgram(_problem, _coverOf);
        master.AddStandIns(StandInCost);
        master.StartFromLastBasis();
        for (var e = 0; e < _columns.Length; e++)
        {
            foreach (var place in promising[e])
            {
                master.Add(e, place, _columns[e][place]);
            }
        }
        while (OpenGap(incumbent) > 1 && timeLeft())
        {
            if (!Explore(master, incumbent, Math.Min(incumbent.Current.Objective - 1, incumbent.Bound + 1), timeLeft))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Explores the tree for a schedule costing at most the target (or less than the best one found
    /// meanwhile); true when every node was closed, which proves the least of their bounds (at least
    /// one above the target).
    /// </summary>
    private bool Explore(MasterProgram master, Incumbent incumbent, long target, Func<bool> timeLeft)
    {
        long Target() => Math.Min(target, incumbent.Current.Objective - 1);
        // Best first, plunging: after a node, its child that works the shift; when a plunge ends, the
        // open node of the lowest bound.
        var open = new PriorityQueue<BranchRule[], double>();
        BranchRule[]? next = [];
        var proved = incumbent.Current.Objective;
        void Closed(double bound)
        {
            // An infinite bound (no schedule keeps the node's rules) bounds nothing.
            if (!double.IsPositiveInfinity(bound))
            {
                proved = Math.Min(proved, (long)Math.Ceiling(bound - 1e-6));
            }
        }
        while (next is not null || open.Count > 0)
        {
            if (!timeLeft() || OpenGap(incumbent) <= 1)
            {
                return false;
            }
            BranchRule[] rules;
            if (next is not null)
            {
                rules = next;
                next = null;
            }
            else if (open.TryDequeue(out var waiting, out var parentValue) && Math.Ceiling(parentValue - 1e-6) <= Target())
            {
                rules = waiting;
            }
            else
            {
                // Its parent's bound is already above the target: so is its own.
                Closed(parentValue);
                continue;
            }
            var byEmployee = Enumerable.Range(0, _columns.Length).Select(e => rules.Where(rule => rule.Employee == e).ToArray()).ToArray();
            master.Allow((e, place) => byEmployee[e].All(rule => rule.Keeps(_columns[e][place].ShiftOnDay)));
            var (settled, solution, bound) = PriceNode(master, byEmployee, Target(), timeLeft);
            if (!settled)
            {
                return false;
            }
            if (solution is null)
            {
                Closed(bound);
                continue;
            }
            if (BranchOn(master) is not { } branch)
            {
                Closed(solution.Value);
                OfferChecked(incumbent, Enumerable.Range(0, _columns.Length)
                    .SelectMany(e => Assignments(e, _columns[e][master.Shares(e).MaxBy(share => share.Share).Place])).ToList());
                continue;
            }
            open.Enqueue([.. rules, branch with { Works = false }], solution.Value);
            next = [.. rules, branch];
        }
        incumbent.OfferBound(proved);
        return true;
    }

    private static long OpenGap(Incumbent incumbent) =>
        incumbent.Bound == long.MinValue ? long.MaxValue : incumbent.Current.Objective - incumbent.Bound;

    /// <summary>
    /// Prices the node until no column within its rules lowers the master: its solution, or null when
    /// the node is closed (no schedule keeps its rules, or none there costs the target or less), with
    /// the node's bound; not settled when the time ran out or GLOP failed.
    /// </summary>
    private (bool Settled, MasterSolution? Solution, double Bound) PriceNode(MasterProgram master, BranchRule[][] rules, long target, Func<bool> timeLeft)
    {
        while (true)
        {
            if (!timeLeft() || master.Solve() is not { } solution)
            {
                return (false, null, double.NegativeInfinity);
            }
            // With an exact pricing, the master's value plus each employee's least reduced cost bounds
            // every schedule of the node (Lagrangian bound): the node closes before the master converges.
            var bound = solution.Value;
            var added = 0;
            for (var e = 0; e < _pricing.Length; e++)
            {
                if (_pricing[e].Price(solution.CoverDuals, _coverOf, solution.EmployeeDuals[e], rules[e]) is { } priced)
                {
                    bound += priced.ReducedCost;
                    if (Add(master, e, priced.Column))
                    {
                        added++;
                    }
                }
            }
            if (Math.Ceiling(bound - 1e-6) > target)
            {
                return (true, null, bound);
            }
            if (added == 0)
            {
                // Still a stand-in: no schedule keeps the node's rules.
                return solution.Value >= StandInCost / 2 ? (true, null, double.PositiveInfinity) : (true, solution, solution.Value);
            }
        }
    }

    /// <summary>
    /// The shift worked by an employee on a day in the share of the master's mix closest to a half,
    /// or null when the mix is one column per employee (a schedule).
    /// </summary>
    private BranchRule? BranchOn(MasterProgram master)
    {
        BranchRule? branch = null;
        var best = 0.0;
        var shifts = _problem.Shifts.Count;
        for (var e = 0; e < _columns.Length; e++)
        {
            var worked = new double[_problem.Days * shifts];
            foreach (var (place, share) in master.Shares(e))
            {
                var shiftOnDay = _columns[e][place].ShiftOnDay;
                for (var d = 0; d < shiftOnDay.Length; d++)
                {
                    if (shiftOnDay[d] >= 0)
                    {
                        worked[d * shifts + shiftOnDay[d]] += share;
                    }
                }
            }
            for (var i = 0; i < worked.Length; i++)
            {
                // The most fractional: both children then move the master (on Instance 7, branching on
                // the share closest to whole went a hundred levels deep for little).
                var score = 0.5 - Math.Abs(worked[i] - 0.5);
                if (score > Integral && score > best)
                {
                    best = score;
                    branch = new BranchRule(e, i / shifts, i % shifts, Works: true);
                }
            }
        }
        return branch;
    }
}
