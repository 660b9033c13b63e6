using Google.OrTools.LinearSolver;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// The master linear program of column generation, kept between solves so that GLOP starts from its
/// last basis: for each employee a convex mix of their columns, for each demand the people the mix
/// gives plus a priced shortfall minus a priced surplus. It may hold only part of the pool of
/// columns (a dive's master keeps the promising ones); each column keeps its place in the pool.
/// Fixing an employee to one column closes the others (upper bound 0) instead of rebuilding the program.
/// </summary>
internal sealed class MasterProgram : IDisposable
{
    private readonly Solver _solver = Solver.CreateSolver("GLOP");
    private readonly Constraint[] _convexity;
    private readonly Constraint[] _cover;
    private readonly int[] _coverOf;
    private readonly int _shifts;
    private readonly List<Variable>[] _variables;
    // Each variable's place in the employee's pool of columns.
    private readonly List<int>[] _places;
    private readonly HashSet<int>[] _held;

    public MasterProgram(RosterProblem problem, int[] coverOf)
    {
        _coverOf = coverOf;
        _shifts = problem.Shifts.Count;
        var objective = _solver.Objective();
        objective.SetMinimization();
        _convexity = problem.Employees.Select(_ => _solver.MakeConstraint(1, 1, "")).ToArray();
        _variables = problem.Employees.Select(_ => new List<Variable>()).ToArray();
        _places = problem.Employees.Select(_ => new List<int>()).ToArray();
        _held = problem.Employees.Select(_ => new HashSet<int>()).ToArray();
        _cover = problem.Cover.Select(demand =>
        {
            var row = _solver.MakeConstraint(demand.Requirement, demand.Requirement, "");
            var under = _solver.MakeNumVar(0, double.PositiveInfinity, "");
            var over = _solver.MakeNumVar(0, double.PositiveInfinity, "");
            row.SetCoefficient(under, 1);
            row.SetCoefficient(over, -1);
            objective.SetCoefficient(under, demand.WeightUnder);
            objective.SetCoefficient(over, demand.WeightOver);
            return row;
        }).ToArray();
    }

    /// <summary>Whether the employee's column at this place in the pool is in this program.</summary>
    public bool Holds(int employee, int place) => _held[employee].Contains(place);

    public void Add(int employee, int place, Column column)
    {
        if (!_held[employee].Add(place))
        {
            return;
        }
        var variable = _solver.MakeNumVar(0, double.PositiveInfinity, "");
        _solver.Objective().SetCoefficient(variable, column.Cost);
        _convexity[employee].SetCoefficient(variable, 1);
        for (var d = 0; d < column.ShiftOnDay.Length; d++)
        {
            if (column.ShiftOnDay[d] >= 0 && _coverOf[d * _shifts + column.ShiftOnDay[d]] is var c and >= 0)
            {
                _cover[c].SetCoefficient(variable, 1);
            }
        }
        _variables[employee].Add(variable);
        _places[employee].Add(place);
    }

    /// <summary>Keeps only the employee's column at this place in the pool open.</summary>
    public void Fix(int employee, int place)
    {
        for (var j = 0; j < _variables[employee].Count; j++)
        {
            _variables[employee][j].SetUb(_places[employee][j] == place ? double.PositiveInfinity : 0);
        }
    }

    /// <summary>Opens each column held that the rule allows and closes the others (upper bound 0).</summary>
    public void Allow(Func<int, int, bool> allowed)
    {
        for (var e = 0; e < _variables.Length; e++)
        {
            for (var j = 0; j < _variables[e].Count; j++)
            {
                // Only bounds that change, so that GLOP keeps as much of its last basis as it can.
                var upper = allowed(e, _places[e][j]) ? double.PositiveInfinity : 0;
                if (_variables[e][j].Ub() != upper)
                {
                    _variables[e][j].SetUb(upper);
                }
            }
        }
    }

    /// <summary>
    /// Gives each employee a column of no shift at this cost, outside the pool: the master then always
    /// has a solution, even where the branching has closed every column of the pool for someone; a
    /// solution that still uses one is no schedule.
    /// </summary>
    public void AddStandIns(double cost)
    {
        foreach (var row in _convexity)
        {
            var standIn = _solver.MakeNumVar(0, double.PositiveInfinity, "");
            _solver.Objective().SetCoefficient(standIn, cost);
            row.SetCoefficient(standIn, 1);
        }
    }

    /// <summary>
    /// Solves without GLOP's presolve: presolving changes the program, so each solve started afresh;
    /// without it, the many small changes of a branch and price start from the last basis
    /// (16 to 8 ms a solve on Instance 7).
    /// </summary>
    public void StartFromLastBasis() => _solver.SetSolverSpecificParametersAsString("use_preprocessing:false");

    /// <summary>The share of each of the employee's columns in the last solution (its place in the pool), where above zero.</summary>
    public IEnumerable<(int Place, double Share)> Shares(int employee)
    {
        for (var j = 0; j < _variables[employee].Count; j++)
        {
            if (_variables[employee][j].SolutionValue() is var share && share > 1e-9)
            {
                yield return (_places[employee][j], share);
            }
        }
    }

    /// <summary>The master's optimum, or null when GLOP fails on it even from scratch.</summary>
    public MasterSolution? Solve()
    {
        if (_solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            // GLOP can fail numerically when warm-started after bounds changed: try again without the old basis.
            _solver.Reset();
            if (_solver.Solve() != Solver.ResultStatus.OPTIMAL)
            {
                return null;
            }
        }
        var leaning = new (int Place, double Share)[_variables.Length];
        for (var e = 0; e < _variables.Length; e++)
        {
            leaning[e] = (-1, -1);
            for (var j = 0; j < _variables[e].Count; j++)
            {
                if (_variables[e][j].SolutionValue() is var share && share > leaning[e].Share)
                {
                    leaning[e] = (_places[e][j], share);
                }
            }
        }
        return new MasterSolution(
            _convexity.Select(row => row.DualValue()).ToArray(),
            _cover.Select(row => row.DualValue()).ToArray(),
            _solver.Objective().Value(),
            leaning);
    }

    public void Dispose() => _solver.Dispose();
}
