using System.Diagnostics;

namespace DroitEmploi.Planning.Columns;

/// <summary>
/// A first schedule within every rule, built one employee at a time: each person gets their cheapest
/// schedule (by the pricing the column generation uses) when a demand still short of people is worth
/// its shortfall's weight and a demand already covered costs its surplus's, then their shifts are
/// taken off what is still short. Every hard rule is a person's own in these problems, so the
/// schedule keeps every rule as soon as each person's does. It takes seconds where CP-SAT on the
/// whole model may find nothing in a minute (Curtois Instances 20–24, 182 to 364 days: docs/decisions/0005).
/// </summary>
internal static class GreedyConstruction
{
    // Beyond so many days, or day × shift-type pairs, each person's schedule comes from the coarse
    // labelling: the exact one took 73 s for Instance 21's 100 people over 182 days and 15 to 28 s for
    // Instance 13's 120 people with 18 shift types, the coarse one 1.4 s and 0.3 s; a first schedule is
    // wanted in seconds. Weeks (7 days, up to 57 slots) and Instances 1–12, 14–15 keep the exact one.
    private const int LongHorizon = 56;
    private const int ManyChoices = 400;

    internal static bool Coarse(RosterProblem problem) => problem.Days > LongHorizon || problem.Days * problem.Shifts.Count > ManyChoices;

    /// <summary>The schedule, or null when the time ran out or a person's pricing found no schedule within their rules.</summary>
    public static IReadOnlyList<Assignment>? Build(RosterProblem problem, TimeSpan limit, CancellationToken cancellationToken) =>
        Build(problem, new PersonPricings(problem), limit, cancellationToken);

    /// <inheritdoc cref="Build(RosterProblem, TimeSpan, CancellationToken)"/>
    public static IReadOnlyList<Assignment>? Build(RosterProblem problem, PersonPricings pricing, TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var shifts = problem.Shifts.Count;
        var coverOf = ColumnGeneration.CoverOf(problem);
        var missing = problem.Cover.Select(cover => cover.Requirement).ToArray();
        var duals = new double[problem.Cover.Count];
        var coarse = Coarse(problem);
        // The least flexible people choose first, so that scarce skills go where only they can go.
        var order = Enumerable.Range(0, pricing.Count).OrderBy(e => pricing[e].Choices).ThenBy(e => e);
        var assignments = new List<Assignment>();
        foreach (var e in order)
        {
            if (clock.Elapsed > limit || cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            for (var c = 0; c < duals.Length; c++)
            {
                duals[c] = missing[c] > 0 ? problem.Cover[c].WeightUnder : -problem.Cover[c].WeightOver;
            }
            var shiftOnDay = pricing[e].Cheapest(duals, coverOf, limit - clock.Elapsed, preferCoarse: coarse);
            if (shiftOnDay is null)
            {
                return null;
            }
            for (var d = 0; d < shiftOnDay.Length; d++)
            {
                if (shiftOnDay[d] < 0)
                {
                    continue;
                }
                assignments.Add(new Assignment(problem.Employees[e].Id, d, problem.Shifts[shiftOnDay[d]].Id));
                if (coverOf[d * shifts + shiftOnDay[d]] is var c and >= 0)
                {
                    missing[c]--;
                }
            }
        }
        return assignments;
    }
}
