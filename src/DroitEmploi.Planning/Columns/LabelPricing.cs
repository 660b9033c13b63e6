namespace DroitEmploi.Planning.Columns;

/// <summary>
/// One employee's cheapest schedule under given prices, by dynamic programming over the days. A
/// label is a partial schedule: its state (the run automaton's state, the shift types yesterday's
/// shift forbids today, the minutes and weekends worked so far, and the counts of the tightest limited shift types while the states
/// stay few) and its price; of the labels with the same state only the cheapest is kept. The counts
/// of other limited shift types are carried by the labels but are not part of the state: the
/// schedule found then respects every rule but may not be the cheapest one, a heuristic pricing,
/// which is all the dives need (docs/decisions/0005).
/// </summary>
internal sealed class LabelPricing
{
    private const int MaxStates = 1_000_000;
    // The counts of limited shift types ride on each label, packed in 128 bits, each in as few bits as its limit needs.
    private const int CountBitsAvailable = 128;
    // Limited counts join the state up to this many states: exact where it is cheap (Instance 8's nights).
    private const long KeyedStates = 200_000;
    // A coarse labelling's states a day before its last weeks, and how many last days get the fine buckets.
    private const long CoarseEarlyStates = 2_000;
    private const int FineDays = 28;

    private readonly int _days;
    private readonly int _shifts;
    private readonly bool[] _allowed;
    private readonly bool[,] _forbiddenNext;
    private readonly int[] _units;
    private readonly int _unit;
    private readonly int _minUnits;
    private readonly int _maxUnits;
    private readonly int _maxWeekends;
    private readonly int[] _limitedPosition;
    private readonly int[] _limit;
    private readonly int[] _countOffset;
    private readonly int[] _countWidth;
    private readonly int[,] _next;
    private readonly int _automatonStates;
    private readonly int _longest;
    private readonly int[] _workableDaysFrom;
    // The limited shift types whose counts are part of the state, and how many states they multiply by.
    private readonly int[] _keyed;
    private readonly long _keyedProduct;
    // Yesterday's shift enters the state only by what it forbids today: shift types with the same
    // forbidden successors lead to the same futures (class 0 is a day off).
    private readonly int[] _successionClass;
    private readonly int _successionClasses;
    // Minutes enter the state by buckets of this many units: 1 (exact) unless a coarse labelling was asked for.
    private readonly int _fineBucket;
    private readonly int _earlyBucket;
    private readonly int _unitKeys;
    private readonly int _weekendKeys;

    /// <param name="coarse">
    /// Where the exact states would be too many, minutes enter the state by buckets, so that long
    /// horizons (a year of 32 shift types) still get a schedule within every rule, not the cheapest one.
    /// </param>
    public LabelPricing(RosterProblem problem, RosterEmployee employee, IEnumerable<(int Day, int Shift)> allowed, bool coarse = false)
    {
        _days = problem.Days;
        _shifts = problem.Shifts.Count;
        _allowed = new bool[_days * _shifts];
        foreach (var (day, shift) in allowed)
        {
            _allowed[day * _shifts + shift] = true;
        }
        var ids = problem.Shifts.Select(shift => shift.Id).ToList();
        _forbiddenNext = new bool[_shifts, _shifts];
        for (var s = 0; s < _shifts; s++)
        {
            foreach (var t in problem.Shifts[s].ForbiddenNext.Select(id => ids.IndexOf(id)).Where(t => t >= 0))
            {
                _forbiddenNext[s, t] = true;
            }
        }
        // Minutes counted in units of their greatest common divisor, to keep the states few.
        _unit = problem.Shifts.Select(shift => Math.Max(1, shift.Minutes)).Aggregate(Gcd);
        _units = problem.Shifts.Select(shift => shift.Minutes / _unit).ToArray();
        _longest = _units.Max();
        _minUnits = (employee.MinTotalMinutes + _unit - 1) / _unit;
        _maxUnits = Math.Min(employee.MaxTotalMinutes / _unit, _days * _longest);
        _maxWeekends = Math.Min(employee.MaxWeekends, problem.Weeks);
        _limitedPosition = Enumerable.Repeat(-1, _shifts).ToArray();
        var limits = new List<int>();
        for (var s = 0; s < _shifts; s++)
        {
            var max = employee.MaxOf(problem.Shifts[s].Id);
            if (max < Enumerable.Range(0, _days).Count(d => _allowed[d * _shifts + s]))
            {
                _limitedPosition[s] = limits.Count;
                limits.Add(max);
            }
        }
        _limit = [.. limits];
        _countWidth = _limit.Select(limit => 32 - int.LeadingZeroCount(limit)).ToArray();
        _countOffset = new int[_limit.Length];
        for (var position = 1; position < _limit.Length; position++)
        {
            _countOffset[position] = _countOffset[position - 1] + _countWidth[position - 1];
        }
        var automaton = new RunAutomaton(employee.MaxConsecutiveShifts, employee.MinConsecutiveShifts, employee.MinConsecutiveDaysOff);
        var transitions = automaton.Transitions.ToList();
        _automatonStates = transitions.Max(t => Math.Max(t.Tail, t.Head)) + 1;
        _next = new int[_automatonStates, 2];
        for (var a = 0; a < _automatonStates; a++)
        {
            _next[a, 0] = _next[a, 1] = -1;
        }
        foreach (var (tail, label, head) in transitions)
        {
            _next[tail, label] = head;
        }
        _workableDaysFrom = new int[_days + 1];
        for (var d = _days - 1; d >= 0; d--)
        {
            _workableDaysFrom[d] = _workableDaysFrom[d + 1] + (Enumerable.Range(0, _shifts).Any(s => _allowed[d * _shifts + s]) ? 1 : 0);
        }
        var classes = new Dictionary<string, int>();
        _successionClass = new int[_shifts];
        for (var s = 0; s < _shifts; s++)
        {
            var row = string.Concat(Enumerable.Range(0, _shifts).Select(t => _forbiddenNext[s, t] ? '1' : '0'));
            _successionClass[s] = classes.TryGetValue(row, out var known) ? known : classes[row] = classes.Count + 1;
        }
        _successionClasses = classes.Count + 1;
        if (coarse)
        {
            // Near the end, labels whose minutes are within the person's window of each other share a
            // state, counted from the maximum, so that the last day's labels all end within the window;
            // before that, wider buckets keep the states few (the last weeks have room to adjust the
            // minutes). Weekends and limited counts ride on the labels: a label with more of them only
            // has fewer choices left.
            _fineBucket = Math.Max(1, _maxUnits - _minUnits + 1);
            _earlyBucket = Math.Max(_fineBucket, (int)Math.Min(_maxUnits + 1, (long)_automatonStates * _successionClasses * (_maxUnits + 1) / CoarseEarlyStates));
            _weekendKeys = 1;
        }
        else
        {
            _fineBucket = _earlyBucket = 1;
            _weekendKeys = _maxWeekends + 1;
        }
        _unitKeys = _maxUnits / _fineBucket + 1;
        var baseStates = (long)_automatonStates * _successionClasses * _weekendKeys * _unitKeys;
        // The tightest limited shift types' counts join the state while the states stay few enough.
        var keyed = new List<int>();
        var product = 1L;
        foreach (var position in Enumerable.Range(0, coarse ? 0 : _limit.Length).OrderBy(p => _limit[p]))
        {
            if (baseStates * product * (_limit[position] + 1) > KeyedStates)
            {
                break;
            }
            keyed.Add(position);
            product *= _limit[position] + 1;
        }
        _keyed = [.. keyed];
        _keyedProduct = product;
        States = baseStates * product;
        Applies = States <= MaxStates && _countWidth.Sum() <= CountBitsAvailable;
        _exact = !coarse;
    }

    private long States { get; }

    /// <summary>Whether it finds the cheapest schedule: it applies and every limited count is part of the state.</summary>
    public bool Exact => Applies && _exact && _keyed.Length == _limit.Length;

    private readonly bool _exact;

    // Where each state's label sits in the day being built; −1 between days. One buffer per thread,
    // shared by every employee's pricing, so that a team of 150 does not hold 150 of them.
    [ThreadStatic]
    private static int[]? _index;

    /// <summary>Whether the states fit in memory and the limited shift types' counts fit in a label.</summary>
    public bool Applies { get; }

    /// <summary>
    /// A cheap schedule respecting every rule (shift index per day, −1 off) and its price, or null
    /// when none was found; with <paramref name="below"/>, only a schedule priced below it is looked for.
    /// </summary>
    public (int[] ShiftOnDay, double Price)? Cheapest(double[] price, double below = double.PositiveInfinity)
    {
        var layers = Layers(price, below, edges: null);
        var best = -1;
        var last = layers[_days];
        for (var i = 0; i < last.Count; i++)
        {
            if (last[i].Units >= _minUnits && (best < 0 || last[i].Price < last[best].Price))
            {
                best = i;
            }
        }
        if (best < 0)
        {
            return null;
        }
        var shiftOnDay = new int[_days];
        for (int d = _days, i = best; d > 0; i = layers[d][i].Parent, d--)
        {
            shiftOnDay[d - 1] = layers[d][i].Shift;
        }
        return (shiftOnDay, last[best].Price);
    }

    /// <summary>
    /// For each day and each choice (index 0 off, then each shift type), the price of the cheapest
    /// schedule that makes that choice that day, or infinity when none respecting every rule does.
    /// Choices that cannot be made below <paramref name="below"/> may be left at infinity: what is
    /// below it is exact, where the labelling is.
    /// </summary>
    public double[] CheapestThrough(double[] price, double below)
    {
        var steps = new List<Step>[_days];
        var layers = Layers(price, below, steps);
        var rest = Rest(price, layers, steps);
        var through = Enumerable.Repeat(double.PositiveInfinity, _days * (_shifts + 1)).ToArray();
        for (var d = 0; d < _days; d++)
        {
            foreach (var step in steps[d])
            {
                var choice = d * (_shifts + 1) + step.Shift + 1;
                // A label's price is the cheapest way to its state: labels of one state are merged.
                through[choice] = Math.Min(through[choice], layers[d][step.From].Price + StepPrice(price, d, step.Shift) + rest[d + 1][step.To]);
            }
        }
        return through;
    }

    /// <summary>The least each label must still add to end a schedule, over the steps kept (infinity for a dead end).</summary>
    private double[][] Rest(double[] price, List<Label>[] layers, List<Step>[] steps)
    {
        var rest = new double[_days + 1][];
        rest[_days] = layers[_days].Select(label => label.Units >= _minUnits ? 0 : double.PositiveInfinity).ToArray();
        for (var d = _days - 1; d >= 0; d--)
        {
            rest[d] = Enumerable.Repeat(double.PositiveInfinity, layers[d].Count).ToArray();
            foreach (var step in steps[d])
            {
                rest[d][step.From] = Math.Min(rest[d][step.From], StepPrice(price, d, step.Shift) + rest[d + 1][step.To]);
            }
        }
        return rest;
    }

    private double StepPrice(double[] price, int day, int shift) => shift < 0 ? 0 : price[day * _shifts + shift];

    /// <summary>
    /// The labels of each day, from the first (the empty schedule) to the last; with
    /// <paramref name="edges"/>, every step from a label to the next day's label it leads to, which
    /// the cheapest schedule through each choice needs and the cheapest schedule does not.
    /// </summary>
    private List<Label>[] Layers(double[] price, double below, List<Step>[]? edges)
    {
        var index = _index is { } buffer && buffer.Length >= States ? buffer : _index = Enumerable.Repeat(-1, (int)States).ToArray();
        var rest = double.IsPositiveInfinity(below) ? null : CompletionBounds(price);
        bool Promising(double labelPrice, int day, int last, int units) => rest is null || labelPrice + rest[(day * (_shifts + 1) + last + 1) * (_maxUnits + 1) + units] < below;
        var layers = new List<Label>[_days + 1];
        layers[0] = [new Label(0, -1, -1, UInt128.Zero, RunAutomaton.Start, -1, 0, 0)];
        for (var d = 0; d < _days; d++)
        {
            var layer = new List<Label>();
            var bucket = d + 1 >= _days - FineDays ? _fineBucket : _earlyBucket;
            edges?[d] = [];
            var minimumLeft = _minUnits - (long)_workableDaysFrom[d + 1] * _longest;
            for (var i = 0; i < layers[d].Count; i++)
            {
                var label = layers[d][i];
                var off = _next[label.Automaton, 0];
                if (off >= 0 && label.Units >= minimumLeft && Promising(label.Price, d + 1, -1, label.Units))
                {
                    var to = Keep(layer, index, new Label(label.Price, i, -1, label.Counts, off, -1, label.Units, label.Weekends), bucket);
                    edges?[d].Add(new Step(i, -1, to));
                }
                var work = _next[label.Automaton, 1];
                if (work < 0)
                {
                    continue;
                }
                var weekends = label.Weekends + (RosterProblem.IsWeekend(d) && !(d % 7 == 6 && label.Last >= 0) ? 1 : 0);
                if (weekends > _maxWeekends)
                {
                    continue;
                }
                for (var s = 0; s < _shifts; s++)
                {
                    var units = label.Units + _units[s];
                    if (!_allowed[d * _shifts + s] || (label.Last >= 0 && _forbiddenNext[label.Last, s]) || units > _maxUnits || units < minimumLeft
                        || !Promising(label.Price + price[d * _shifts + s], d + 1, s, units))
                    {
                        continue;
                    }
                    var counts = label.Counts;
                    if (_limitedPosition[s] is var position and >= 0)
                    {
                        if (Count(counts, position) >= _limit[position])
                        {
                            continue;
                        }
                        counts += UInt128.One << _countOffset[position];
                    }
                    var to = Keep(layer, index, new Label(label.Price + price[d * _shifts + s], i, s, counts, work, s, units, weekends), bucket);
                    edges?[d].Add(new Step(i, s, to));
                }
            }
            layers[d + 1] = layer;
            foreach (var label in layer)
            {
                index[Key(label, bucket)] = -1;
            }
        }
        return layers;
    }

    /// <summary>
    /// For each day, yesterday's shift and minutes worked so far, the cheapest way to end the schedule
    /// keeping only the minutes and the shifts that may not follow each other: a lower bound on what
    /// any label in that situation will still add, so that labels that cannot end below the price
    /// asked for are dropped early.
    /// </summary>
    private double[] CompletionBounds(double[] price)
    {
        var width = _maxUnits + 1;
        var bounds = new double[(_days + 1) * (_shifts + 1) * width];
        for (var last = -1; last < _shifts; last++)
        {
            for (var units = 0; units < width; units++)
            {
                bounds[(_days * (_shifts + 1) + last + 1) * width + units] = units >= _minUnits ? 0 : double.PositiveInfinity;
            }
        }
        for (var d = _days - 1; d >= 0; d--)
        {
            for (var last = -1; last < _shifts; last++)
            {
                for (var units = 0; units < width; units++)
                {
                    var best = bounds[((d + 1) * (_shifts + 1)) * width + units];
                    for (var s = 0; s < _shifts; s++)
                    {
                        var after = units + _units[s];
                        if (after < width && _allowed[d * _shifts + s] && (last < 0 || !_forbiddenNext[last, s]))
                        {
                            best = Math.Min(best, price[d * _shifts + s] + bounds[((d + 1) * (_shifts + 1) + s + 1) * width + after]);
                        }
                    }
                    bounds[(d * (_shifts + 1) + last + 1) * width + units] = best;
                }
            }
        }
        return bounds;
    }

    private long Key(Label label, int bucket)
    {
        var last = label.Last < 0 ? 0 : _successionClass[label.Last];
        var key = ((((long)label.Automaton * _successionClasses + last) * _unitKeys + (_maxUnits - label.Units) / bucket) * _weekendKeys
            + label.Weekends % _weekendKeys) * _keyedProduct;
        var stride = 1L;
        foreach (var position in _keyed)
        {
            key += Count(label.Counts, position) * stride;
            stride *= _limit[position] + 1;
        }
        return key;
    }

    /// <summary>Keeps the label if it is the cheapest of its state so far; its state's place in the layer.</summary>
    private int Keep(List<Label> layer, int[] index, Label label, int bucket)
    {
        var key = Key(label, bucket);
        var known = index[key];
        if (known < 0)
        {
            index[key] = layer.Count;
            layer.Add(label);
            return layer.Count - 1;
        }
        if (label.Price < layer[known].Price)
        {
            layer[known] = label;
        }
        return known;
    }

    private int Count(UInt128 counts, int position) => (int)((counts >> _countOffset[position]) & ((UInt128.One << _countWidth[position]) - 1));

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private readonly record struct Step(int From, int Shift, int To);

    private readonly record struct Label(double Price, int Parent, int Shift, UInt128 Counts, int Automaton, int Last, int Units, int Weekends);
}
