using System.Globalization;
using Google.OrTools.Sat;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// The master restricted to a few columns per employee, solved as an integer program by CP-SAT: one
/// column per employee, the demand's shortfalls and surpluses priced as in the linear master. Dives
/// fix columns one employee after another and rarely land on the best combination of the columns
/// they have found; on small programs CP-SAT finds it (docs/decisions/0005).
/// </summary>
internal static class RestrictedMaster
{
    /// <summary>
    /// The chosen place in each employee's list of candidate columns, or null when CP-SAT found no
    /// schedule in time; each employee's first candidate is the hint.
    /// </summary>
    public static int[]? Solve(RosterProblem problem, int[] coverOf, IReadOnlyList<Column>[] candidates, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var shifts = problem.Shifts.Count;
        var model = new CpModel();
        var chosen = new BoolVar[candidates.Length][];
        var covering = problem.Cover.Select(_ => new List<BoolVar>()).ToArray();
        var objective = new List<LinearExpr>();
        for (var e = 0; e < candidates.Length; e++)
        {
            chosen[e] = new BoolVar[candidates[e].Count];
            for (var j = 0; j < candidates[e].Count; j++)
            {
                var variable = chosen[e][j] = model.NewBoolVar("");
                model.AddHint(variable, j == 0);
                objective.Add(variable * (long)Math.Round(candidates[e][j].Cost));
                var shiftOnDay = candidates[e][j].ShiftOnDay;
                for (var d = 0; d < shiftOnDay.Length; d++)
                {
                    if (shiftOnDay[d] >= 0 && coverOf[d * shifts + shiftOnDay[d]] is var c and >= 0)
                    {
                        covering[c].Add(variable);
                    }
                }
            }
            model.AddExactlyOne(chosen[e]);
        }
        for (var c = 0; c < problem.Cover.Count; c++)
        {
            var demand = problem.Cover[c];
            var under = model.NewIntVar(0, demand.Requirement, "");
            var over = model.NewIntVar(0, candidates.Length, "");
            model.Add(LinearExpr.Sum(covering[c]) + under - over == demand.Requirement);
            objective.Add(under * demand.WeightUnder + over * demand.WeightOver);
        }
        model.Minimize(LinearExpr.Sum(objective));
        var solver = new CpSolver { StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{timeLimit.TotalSeconds} num_workers:1") };
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? chosen.Select(row => Array.FindIndex(row, variable => solver.BooleanValue(variable))).ToArray()
            : null;
    }
}
