namespace DroitEmploi.Planning;

/// <summary>
/// Rules 5–7 of one employee as a finite automaton over the days (label 1: worked, 0: off): at most
/// <c>maxRun</c> working days in a row, blocks of work at least <c>minRun</c> long and blocks of rest at
/// least <c>minOff</c> long, except blocks touching the start or the end of the horizon. The labelling
/// pricing of column generation walks it day by day (docs/decisions/0005).
/// </summary>
internal sealed class RunAutomaton
{
    public const int Start = 0;

    private readonly Dictionary<(int Tail, int Label), int> _next = [];
    private readonly Dictionary<(bool Working, int Length, bool FromStart), int> _states = [];

    public RunAutomaton(int maxRun, int minRun, int minOff)
    {
        maxRun = Math.Max(1, maxRun);
        minRun = Math.Clamp(minRun, 1, maxRun);
        minOff = Math.Max(1, minOff);
        _states[(false, 0, true)] = Start;
        var pending = new Queue<(bool Working, int Length, bool FromStart)>([(false, 0, true)]);
        while (pending.TryDequeue(out var state))
        {
            var tail = _states[state];
            foreach (var label in new[] { 0, 1 })
            {
                if (Follow(state, label == 1, maxRun, minRun, minOff) is not { } head)
                {
                    continue;
                }
                if (!_states.TryGetValue(head, out var id))
                {
                    _states[head] = id = _states.Count;
                    pending.Enqueue(head);
                }
                _next[(tail, label)] = id;
            }
        }
    }

    /// <summary>Every state is final: a block running into the end of the horizon may be short.</summary>
    public IEnumerable<long> Finals => _states.Values.Select(state => (long)state);

    public IEnumerable<(int Tail, int Label, int Head)> Transitions => _next.Select(p => (p.Key.Tail, p.Key.Label, p.Value));

    public bool Accepts(IEnumerable<bool> worked)
    {
        var state = Start;
        foreach (var day in worked)
        {
            if (!_next.TryGetValue((state, day ? 1 : 0), out state))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The state after one more day, or null when that day would break a rule. Lengths are capped
    /// where they stop mattering, and a block no longer needs to remember touching the start once it
    /// is long enough, so that the automaton stays small.
    /// </summary>
    private static (bool Working, int Length, bool FromStart)? Follow(
        (bool Working, int Length, bool FromStart) state, bool works, int maxRun, int minRun, int minOff)
    {
        var (working, length, fromStart) = state;
        if (length == 0)
        {
            return works ? Normalise((true, 1, true), minRun, minOff) : Normalise((false, 1, true), minRun, minOff);
        }
        if (working && works)
        {
            return length + 1 > maxRun ? null : Normalise((true, length + 1, fromStart), minRun, minOff);
        }
        if (working)
        {
            return fromStart || length >= minRun ? Normalise((false, 1, false), minRun, minOff) : null;
        }
        if (!works)
        {
            return Normalise((false, Math.Min(length + 1, minOff), fromStart), minRun, minOff);
        }
        return fromStart || length >= minOff ? Normalise((true, 1, false), minRun, minOff) : null;
    }

    private static (bool Working, int Length, bool FromStart) Normalise((bool Working, int Length, bool FromStart) state, int minRun, int minOff)
    {
        var (working, length, fromStart) = state;
        if (!working && length >= minOff)
        {
            return (false, minOff, false);
        }
        return working && length >= minRun ? (true, length, false) : state;
    }
}
