using System.Diagnostics;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// Improves a schedule person by person, without CP-SAT: takes a few people's schedules off, then
/// gives each back, in a random order, their cheapest schedule within their own rules given everyone
/// else's — by the pricing the column generation uses, each demand still short of people being worth
/// its shortfall's weight and each demand already met costing its surplus's — and keeps the result
/// when it costs no more. One person's answer is exact where the labelling is, so taking off a
/// single person never makes the schedule worse; taking off several lets them trade places. On large
/// models each CP-SAT step of the neighbourhood search spends its time loading the whole model
/// (Instance 13's first CP-SAT schedule came after 14 s on a loaded machine), where a person's
/// labelling takes milliseconds (docs/decisions/0005).
/// </summary>
internal sealed class RuinAndRecreate
{
    // Most people taken off at once: more than a few and the greedy way back rarely beats the schedule.
    private const int MostTakenOff = 6;

    private readonly RosterProblem _problem;
    private readonly RosterModel _model;
    private readonly Random _random;
    private readonly int _shifts;
    private readonly int[] _coverOf;
    private readonly bool _coarse;
    private readonly PersonPricings _pricing;
    private readonly Dictionary<string, int> _shiftIndex;
    // Each person alone, without the demands: the checker of their own rules for a schedule the coarse labelling gave.
    private readonly RosterProblem[] _alone;

    public RuinAndRecreate(RosterProblem problem, RosterModel model, PersonPricings pricing, int seed)
    {
        _problem = problem;
        _model = model;
        _random = new Random(seed);
        _shifts = problem.Shifts.Count;
        _coverOf = ColumnGeneration.CoverOf(problem);
        _coarse = GreedyConstruction.Coarse(problem);
        _shiftIndex = ColumnGeneration.ShiftIndex(problem);
        _pricing = pricing;
        _alone = problem.Employees.Select(employee => new RosterProblem(problem.Days, problem.Shifts, [employee],
            problem.Requests.Where(r => r.EmployeeId == employee.Id).ToList(), [])).ToArray();
    }

    // Decisions (days × shift types × people) from which each CP-SAT step of the neighbourhood search
    // spends most of its time loading the model: Instance 13 (60,480) and 20–24 (54,600 and more) are
    // above, 12 and 19 (16,800) and a week of 150 people with 40 slots (42,000) below.
    private const long LargeForNeighbourhoods = 50_000;

    /// <summary>
    /// Whether this search pays more than the column generation: on models large enough that the
    /// neighbourhood search's steps are slow, and whose people each have so many choices that their
    /// exact pricing is slow too (the construction's coarse labelling: the column generation's bound
    /// stayed at 205 on Instance 13 and 0 to 136 on 20–24). Measured on Instance 13 at 60 s beside a
    /// busy core: 4,246 to 4,520 instead of 10,381; Instance 22: 72,197 instead of the first schedule's
    /// 87,794. On 18 and 19 (84 days, 22 and 40 people) it did worse than the column generation, and in
    /// place of the neighbourhood search worse still: those keep their searches.
    /// </summary>
    public static bool Pays(RosterProblem problem) => Applies(problem) && GreedyConstruction.Coarse(problem)
        && Size(problem) >= LargeForNeighbourhoods;

    // Decisions from which one step of the neighbourhood search outlasts the whole limit (Instances 23
    // and 24: 582,400 and 1,747,200), where 22 (182,000) still gains from one.
    private const long TooLargeForNeighbourhoods = 500_000;

    /// <summary>
    /// How many of the searches side by side are person by person: none where it does not pay, the
    /// first where it does (Instance 20: 16,995 with a neighbourhood search beside it, 21,410 without;
    /// 13 and 22 the same either way), all on the very largest (Instance 24: 287,604 with two, 354,565
    /// with one, where the neighbourhood search's model alone takes 20 s to build).
    /// </summary>
    public static int Searches(RosterProblem problem, int searches) =>
        !Pays(problem) ? 0 : Size(problem) >= TooLargeForNeighbourhoods ? searches : 1;

    private static long Size(RosterProblem problem) => (long)problem.Days * problem.Shifts.Count * problem.Employees.Count;

    /// <summary>
    /// Whether the search applies: every demand is its own day and shift type, so that a person's
    /// shift meets one demand and its price is that demand's alone.
    /// </summary>
    public static bool Applies(RosterProblem problem) => ColumnGeneration.OneDemandEach(problem);

    /// <summary>Runs steps until the time is up, each from the best schedule the searches share.</summary>
    public void Improve(Incumbent incumbent, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var state = Load(incumbent.Current.Values);
        var cost = incumbent.Current.Objective;
        while (!cancellationToken.IsCancellationRequested && clock.Elapsed < budget && !incumbent.Proved)
        {
            var shared = incumbent.Current;
            if (shared.Objective < cost)
            {
                // Another search found better: go on from there.
                state = Load(shared.Values);
                cost = shared.Objective;
            }
            var size = Math.Min(_pricing.Count, 1 + _random.Next(MostTakenOff));
            var takenOff = _random.Next(2) == 0 && Short(state) is { } demand ? AroundDemand(demand, size) : Sample(size);
            var before = takenOff.Select(e => state.ShiftOnDay[e]).ToArray();
            foreach (var e in takenOff)
            {
                state.Remove(e);
            }
            for (var i = 0; i < takenOff.Length; i++)
            {
                state.Add(takenOff[i], Cheapest(takenOff[i], state, budget - clock.Elapsed) ?? before[i]);
            }
            var found = state.Cost();
            if (found <= cost)
            {
                // Equal costs move on here without flooding the others: only a better schedule is shared.
                if (found < cost)
                {
                    incumbent.Offer(Values(state), found);
                }
                cost = found;
            }
            else
            {
                for (var i = 0; i < takenOff.Length; i++)
                {
                    state.Remove(takenOff[i]);
                    state.Add(takenOff[i], before[i]);
                }
            }
        }
    }

    /// <summary>The person's cheapest schedule given everyone else's, or null when the pricing found none within their rules.</summary>
    private int[]? Cheapest(int e, State state, TimeSpan left)
    {
        var duals = new double[_problem.Cover.Count];
        for (var c = 0; c < duals.Length; c++)
        {
            var cover = _problem.Cover[c];
            duals[c] = state.Count[c] < cover.Requirement ? cover.WeightUnder : -cover.WeightOver;
        }
        var shiftOnDay = _pricing[e].Cheapest(duals, _coverOf, left < TimeSpan.Zero ? TimeSpan.Zero : left, preferCoarse: _coarse);
        if (shiftOnDay is null || _pricing[e].Exact && !_coarse)
        {
            return shiftOnDay;
        }
        var employee = _problem.Employees[e];
        var assignments = Enumerable.Range(0, shiftOnDay.Length).Where(d => shiftOnDay[d] >= 0)
            .Select(d => new Assignment(employee.Id, d, _problem.Shifts[shiftOnDay[d]].Id)).ToList();
        return RosterChecker.Check(_alone[e], assignments).Feasible ? shiftOnDay : null;
    }

    /// <summary>A demand still short of people, at random, or null when none is.</summary>
    private int? Short(State state)
    {
        var start = _random.Next(_problem.Cover.Count);
        for (var i = 0; i < _problem.Cover.Count; i++)
        {
            var c = (start + i) % _problem.Cover.Count;
            if (state.Count[c] < _problem.Cover[c].Requirement)
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>People who may work the short demand, at random: among them, the way back may cover it.</summary>
    private int[] AroundDemand(int c, int size)
    {
        var cover = _problem.Cover[c];
        var s = _shiftIndex[cover.ShiftId];
        var able = Enumerable.Range(0, _pricing.Count).Where(e => _pricing.Eligibility.Allows(e, cover.Day, s)).ToArray();
        if (able.Length == 0)
        {
            return Sample(size);
        }
        _random.Shuffle(able);
        return able[..Math.Min(size, able.Length)];
    }

    private int[] Sample(int size)
    {
        var all = Enumerable.Range(0, _pricing.Count).ToArray();
        _random.Shuffle(all);
        return all[..size];
    }

    private State Load(bool[] values)
    {
        var shiftOnDay = new int[_problem.Employees.Count][];
        for (var e = 0; e < shiftOnDay.Length; e++)
        {
            shiftOnDay[e] = Enumerable.Repeat(-1, _problem.Days).ToArray();
        }
        var decisions = _model.Decisions;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (values[i])
            {
                shiftOnDay[decisions[i].Employee][decisions[i].Day] = decisions[i].Shift;
            }
        }
        var state = new State(this, shiftOnDay.Length);
        for (var e = 0; e < shiftOnDay.Length; e++)
        {
            state.Add(e, shiftOnDay[e]);
        }
        return state;
    }

    private bool[] Values(State state)
    {
        var decisions = _model.Decisions;
        var values = new bool[decisions.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = state.ShiftOnDay[decisions[i].Employee][decisions[i].Day] == decisions[i].Shift;
        }
        return values;
    }

    /// <summary>Everyone's schedule, how many people each demand has, and the wishes each person's schedule breaks.</summary>
    private sealed class State(RuinAndRecreate search, int employees)
    {
        public int[][] ShiftOnDay { get; } = new int[employees][];
        public int[] Count { get; } = new int[search._problem.Cover.Count];
        private readonly double[] _wishes = new double[employees];

        public void Add(int e, int[] shiftOnDay)
        {
            ShiftOnDay[e] = shiftOnDay;
            _wishes[e] = search._pricing[e].WishCost(shiftOnDay);
            Move(shiftOnDay, +1);
        }

        public void Remove(int e) => Move(ShiftOnDay[e], -1);

        /// <summary>The checker's cost: each missing or extra person at their demand's weight, and each broken wish.</summary>
        public long Cost()
        {
            var cost = Math.Round(_wishes.Sum());
            for (var c = 0; c < Count.Length; c++)
            {
                var cover = search._problem.Cover[c];
                cost += (long)cover.WeightUnder * Math.Max(0, cover.Requirement - Count[c]) + (long)cover.WeightOver * Math.Max(0, Count[c] - cover.Requirement);
            }
            return (long)cost;
        }

        private void Move(int[] shiftOnDay, int by)
        {
            for (var d = 0; d < shiftOnDay.Length; d++)
            {
                if (shiftOnDay[d] >= 0 && search._coverOf[d * search._shifts + shiftOnDay[d]] is var c and >= 0)
                {
                    Count[c] += by;
                }
            }
        }
    }
}
