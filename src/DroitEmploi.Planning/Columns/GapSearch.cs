using System.Globalization;
using Google.OrTools.Sat;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// CP-SAT on the whole roster model, asked for a schedule costing at most a target, with every
/// choice that cannot be part of one ruled out. Where the pricing is exact and the master converged,
/// a schedule costs at least the master's value plus the reduced costs of its employees' schedules
/// (all of them at least zero), so a schedule at the target uses only choices whose least reduced
/// cost is within the target less the master's value: a small gap rules out most choices, and what is
/// left is a far smaller problem than the whole model (docs/decisions/0005).
/// </summary>
internal static class GapSearch
{
    // GLOP's duals are exact to a tolerance: choices just above the gap are kept.
    private const double Tolerance = 1e-3;

    /// <summary>
    /// A schedule costing at most the target, or null; and whether CP-SAT proved there is none (then
    /// every schedule costs more than the target). Sound only where the master converged with an exact
    /// pricing for everyone.
    /// </summary>
    public static (List<Assignment>? Found, bool NoneAtTarget) Solve(
        RosterProblem problem, EmployeePricing[] pricing, int[] coverOf, MasterSolution root, long target,
        IReadOnlyList<Assignment> hint, int seed, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var gap = target - root.Value;
        var shifts = problem.Shifts.Count;
        var model = new RosterModel(problem, explain: false);
        var decisions = model.Decisions.ToLookup(decision => (decision.Employee, decision.Day));
        for (var e = 0; e < pricing.Length; e++)
        {
            if (pricing[e].LeastReducedCostThrough(root.CoverDuals, coverOf, root.EmployeeDuals[e], gap) is not { } through)
            {
                return (null, false);
            }
            for (var d = 0; d < problem.Days; d++)
            {
                var open = new List<BoolVar>();
                foreach (var decision in decisions[(e, d)])
                {
                    if (through[d * (shifts + 1) + decision.Shift + 1] > gap + Tolerance)
                    {
                        model.Model.Add(decision.Variable == 0);
                    }
                    else
                    {
                        open.Add(decision.Variable);
                    }
                }
                if (through[d * (shifts + 1)] > gap + Tolerance)
                {
                    // A day off would cost too much: the person works one of the shifts left open.
                    model.Model.AddBoolOr(open);
                }
            }
        }
        model.Model.Add(model.Cost <= target);
        model.Hint(hint);
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{timeLimit.TotalSeconds} num_workers:1 random_seed:{seed} linearization_level:2"),
        };
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model.Model);
        return status switch
        {
            CpSolverStatus.Optimal or CpSolverStatus.Feasible => (model.Read(solver), false),
            CpSolverStatus.Infeasible => (null, true),
            _ => (null, false),
        };
    }
}
