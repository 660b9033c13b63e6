using Google.OrTools.Sat;

namespace DroitEmploi.Planning;

/// <summary>The CP-SAT model of a <see cref="RosterProblem"/>.</summary>
internal sealed class RosterModel
{
    private readonly RosterProblem _problem;
    private readonly bool _explain;
    private readonly Dictionary<(int Employee, int Day, int Shift), BoolVar> _x = [];
    private readonly BoolVar?[,] _work;
    private readonly Dictionary<(int Employee, string Rule), ILiteral> _assumptions = [];

    public CpModel Model { get; } = new();

    /// <summary>The decision variables, one per employee, day and shift type the person may work.</summary>
    public List<Decision> Decisions { get; } = [];

    /// <summary>In explain mode, the French name of each assumption, by its index in the model.</summary>
    public Dictionary<int, string> AssumptionNames { get; } = [];

    public RosterModel(RosterProblem problem, bool explain)
    {
        _problem = problem;
        _explain = explain;
        var employees = problem.Employees;
        var shifts = problem.Shifts;
        _work = new BoolVar?[employees.Count, problem.Days];
        var eligibility = new Eligibility(problem);

        for (var e = 0; e < employees.Count; e++)
        {
            for (var d = 0; d < problem.Days; d++)
            {
                for (var s = 0; s < shifts.Count; s++)
                {
                    if (!eligibility.Allows(e, d, s))
                    {
                        continue;
                    }
                    var variable = Model.NewBoolVar($"x_{e}_{d}_{s}");
                    _x[(e, d, s)] = variable;
                    Decisions.Add(new Decision(e, d, s, variable));
                }
            }
        }
        for (var e = 0; e < employees.Count; e++)
        {
            AddEmployeeRules(e);
        }
        AddObjective();
    }

    /// <summary>The cost of a schedule: the demand's shortfalls and surpluses and the broken wishes, as weighted.</summary>
    public LinearExpr Cost { get; private set; } = LinearExpr.Constant(0);

    public int Candidates(int day, string shiftId)
    {
        var s = IndexOf(shiftId);
        return s < 0 ? 0 : Enumerable.Range(0, _problem.Employees.Count).Count(e => _x.ContainsKey((e, day, s)));
    }

    public void Hint(IReadOnlyList<Assignment>? hint)
    {
        if (hint is null)
        {
            return;
        }
        var values = ValuesOf(hint);
        for (var i = 0; i < Decisions.Count; i++)
        {
            Model.AddHint(Decisions[i].Variable, values[i]);
        }
    }

    /// <summary>One value per decision for a schedule given as assignments; assignments the model cannot take are left out.</summary>
    public bool[] ValuesOf(IEnumerable<Assignment> assignments)
    {
        var chosen = assignments.Select(a => (a.EmployeeId, a.Day, a.ShiftId)).ToHashSet();
        return Decisions.Select(decision => chosen.Contains((_problem.Employees[decision.Employee].Id, decision.Day, _problem.Shifts[decision.Shift].Id))).ToArray();
    }

    public List<Assignment> Read(CpSolver solver) => Read(Decisions.Select(decision => solver.BooleanValue(decision.Variable)).ToArray());

    /// <summary>The assignments of a schedule given as one value per decision.</summary>
    public List<Assignment> Read(bool[] values) => Decisions
        .Where((_, index) => values[index])
        .Select(decision => new Assignment(_problem.Employees[decision.Employee].Id, decision.Day, _problem.Shifts[decision.Shift].Id))
        .OrderBy(a => a.Day).ThenBy(a => a.EmployeeId).ToList();

    private int IndexOf(string shiftId)
    {
        for (var s = 0; s < _problem.Shifts.Count; s++)
        {
            if (_problem.Shifts[s].Id == shiftId)
            {
                return s;
            }
        }
        return -1;
    }

    private IEnumerable<BoolVar> ShiftsOf(int e, int d) =>
        Enumerable.Range(0, _problem.Shifts.Count).Where(s => _x.ContainsKey((e, d, s))).Select(s => _x[(e, d, s)]);

    /// <summary>Whether the employee works on a day: at most one shift a day (rule 1).</summary>
    private BoolVar? Work(int e, int d)
    {
        if (_work[e, d] is { } known)
        {
            return known;
        }
        var shifts = ShiftsOf(e, d).ToList();
        if (shifts.Count == 0)
        {
            return null;
        }
        var work = Model.NewBoolVar($"w_{e}_{d}");
        Model.Add(LinearExpr.Sum(shifts) == work);
        _work[e, d] = work;
        return work;
    }

    private ILiteral[] Enforce(int e, string rule)
    {
        if (!_explain)
        {
            return [];
        }
        if (!_assumptions.TryGetValue((e, rule), out var literal))
        {
            var variable = Model.NewBoolVar($"a_{e}_{rule}");
            Model.AddAssumption(variable);
            AssumptionNames[variable.GetIndex()] = $"{Describe(rule)} de {_problem.Employees[e].Id}";
            _assumptions[(e, rule)] = literal = variable;
        }
        return [literal];
    }

    private static string Describe(string rule) => rule switch
    {
        "minutes" => "les heures choisies",
        "shifts" => "le nombre maximal de chaque poste",
        "succession" => "les enchaînements interdits",
        "maxRun" => "le nombre maximal de jours d'affilée",
        "minRun" => "le nombre minimal de jours de travail d'affilée",
        "minOff" => "le nombre minimal de jours de repos d'affilée",
        _ => "le nombre maximal de week-ends",
    };

    private void AddEmployeeRules(int e)
    {
        var employee = _problem.Employees[e];
        var days = _problem.Days;
        var shifts = _problem.Shifts;
        var work = Enumerable.Range(0, days).Select(d => (ILiteral?)Work(e, d)).ToArray();

        // Rule 4: total minutes within the hours the person chose.
        var minutes = LinearExpr.Sum(_x.Where(p => p.Key.Employee == e).Select(p => p.Value * shifts[p.Key.Shift].Minutes));
        Model.AddLinearConstraint(minutes, employee.MinTotalMinutes, employee.MaxTotalMinutes).OnlyEnforceIf(Enforce(e, "minutes"));

        // Rule 3: at most so many of each shift type.
        for (var s = 0; s < shifts.Count; s++)
        {
            var max = employee.MaxOf(shifts[s].Id);
            var of = Enumerable.Range(0, days).Where(d => _x.ContainsKey((e, d, s))).Select(d => _x[(e, d, s)]).ToList();
            if (max < of.Count)
            {
                Model.Add(LinearExpr.Sum(of) <= max).OnlyEnforceIf(Enforce(e, "shifts"));
            }
        }

        // Rule 2: forbidden successions on consecutive days.
        for (var d = 0; d + 1 < days; d++)
        {
            for (var s = 0; s < shifts.Count; s++)
            {
                if (!_x.TryGetValue((e, d, s), out var today))
                {
                    continue;
                }
                foreach (var next in shifts[s].ForbiddenNext)
                {
                    var t = IndexOf(next);
                    if (t >= 0 && _x.TryGetValue((e, d + 1, t), out var tomorrow))
                    {
                        Model.AddBoolOr([today.Not(), tomorrow.Not()]).OnlyEnforceIf(Enforce(e, "succession"));
                    }
                }
            }
        }

        // Rule 5: no more than MaxConsecutiveShifts working days in any window one longer.
        var maxRun = employee.MaxConsecutiveShifts;
        if (maxRun < days)
        {
            for (var d = 0; d + maxRun < days; d++)
            {
                var window = Enumerable.Range(d, maxRun + 1).Select(i => work[i]).OfType<ILiteral>().ToList();
                if (window.Count > maxRun)
                {
                    Model.AddBoolOr(window.Select(l => l.Not())).OnlyEnforceIf(Enforce(e, "maxRun"));
                }
            }
        }

        // Rules 6 and 7: blocks of work and of rest inside the horizon are at least so long.
        ForbidShortBlocks(e, work, employee.MinConsecutiveShifts, working: true, "minRun");
        ForbidShortBlocks(e, work, employee.MinConsecutiveDaysOff, working: false, "minOff");

        // Rule 8: at most MaxWeekends weekends worked (Saturday or Sunday).
        var weekends = new List<ILiteral>();
        for (var w = 0; w * 7 + 5 < days; w++)
        {
            var weekendDays = new[] { w * 7 + 5, w * 7 + 6 }.Where(d => d < days).Select(d => work[d]).OfType<ILiteral>().ToList();
            if (weekendDays.Count == 0)
            {
                continue;
            }
            var worked = Model.NewBoolVar($"we_{e}_{w}");
            foreach (var day in weekendDays)
            {
                Model.AddImplication(day, worked);
            }
            weekends.Add(worked);
        }
        if (employee.MaxWeekends < weekends.Count)
        {
            Model.Add(LinearExpr.Sum(weekends.Cast<BoolVar>()) <= employee.MaxWeekends).OnlyEnforceIf(Enforce(e, "weekends"));
        }
    }

    /// <summary>
    /// For each length shorter than the minimum, forbids a block of that length bordered on both
    /// sides by the other state. Blocks touching the start or the end of the horizon are free, as in
    /// the benchmark's reference models.
    /// </summary>
    private void ForbidShortBlocks(int e, ILiteral?[] work, int minimum, bool working, string rule)
    {
        var days = work.Length;
        ILiteral Is(int d, bool state) => work[d] is { } w ? (state ? w : w.Not()) : (state ? False : True);
        for (var length = 1; length < minimum; length++)
        {
            for (var start = 1; start + length < days; start++)
            {
                // Not (other state before, this state for `length` days, other state after).
                var clause = new List<ILiteral> { Is(start - 1, working) };
                clause.AddRange(Enumerable.Range(start, length).Select(d => Is(d, !working)));
                clause.Add(Is(start + length, working));
                if (clause.Any(l => ReferenceEquals(l, True)))
                {
                    continue;
                }
                Model.AddBoolOr(clause.Where(l => !ReferenceEquals(l, False))).OnlyEnforceIf(Enforce(e, rule));
            }
        }
    }

    private ILiteral? _true;
    private ILiteral True => _true ??= Model.TrueLiteral();
    private ILiteral False => True.Not();

    private void AddObjective()
    {
        var terms = new List<LinearExpr>();
        long constant = 0;
        foreach (var cover in _problem.Cover)
        {
            var s = IndexOf(cover.ShiftId);
            var assigned = Enumerable.Range(0, _problem.Employees.Count).Where(e => _x.ContainsKey((e, cover.Day, s))).Select(e => _x[(e, cover.Day, s)]).ToList();
            var count = LinearExpr.Sum(assigned);
            if (cover.WeightUnder > 0 && cover.Requirement > 0)
            {
                var under = Model.NewIntVar(0, cover.Requirement, $"under_{cover.Day}_{s}");
                Model.Add(under >= cover.Requirement - count);
                terms.Add(under * cover.WeightUnder);
            }
            if (cover.WeightOver > 0 && assigned.Count > cover.Requirement)
            {
                var over = Model.NewIntVar(0, assigned.Count, $"over_{cover.Day}_{s}");
                Model.Add(over >= count - cover.Requirement);
                terms.Add(over * cover.WeightOver);
            }
        }
        var employees = _problem.Employees.Select((employee, index) => (employee.Id, index)).ToDictionary(p => p.Id, p => p.index);
        foreach (var request in _problem.Requests)
        {
            var s = IndexOf(request.ShiftId);
            var variable = employees.TryGetValue(request.EmployeeId, out var e) && s >= 0 && _x.TryGetValue((e, request.Day, s), out var v) ? v : null;
            if (request.On)
            {
                // The wish is paid when the shift is not worked: weight × (1 − x).
                constant += request.Weight;
                if (variable is not null)
                {
                    terms.Add(variable * -request.Weight);
                }
            }
            else if (variable is not null)
            {
                terms.Add(variable * request.Weight);
            }
        }
        Cost = LinearExpr.Sum(terms) + constant;
        if (!_explain)
        {
            Model.Minimize(Cost);
        }
    }
}
