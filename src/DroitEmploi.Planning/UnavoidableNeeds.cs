using Google.OrTools.Graph;

namespace DroitEmploi.Planning;

/// <summary>
/// The needs no schedule can cover, told apart from those a search left: on each day, the people who
/// may work (<see cref="Eligibility"/>) are matched to the demands, at most one shift each, by a
/// maximum flow. Any schedule's shifts of that day are such a matching, so what the largest one cannot
/// cover, no schedule covers. The demands still short in it, with every person who could take them
/// already busy on them (the sink side of the minimum cut), are the needs reported, grouped by the
/// skill they need ("il manque 2 personnes formées en cuisine le mardi").
/// </summary>
public static class UnavoidableNeeds
{
    private static readonly string[] DayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    public static IReadOnlyList<UnavoidableShortfall> Find(RosterProblem problem)
    {
        var eligibility = new Eligibility(problem);
        var shiftIndex = Columns.ColumnGeneration.ShiftIndex(problem);
        var found = new List<UnavoidableShortfall>();
        foreach (var day in problem.Cover.Where(c => c.Requirement > 0 && shiftIndex.ContainsKey(c.ShiftId)).GroupBy(c => c.Day).OrderBy(g => g.Key))
        {
            found.AddRange(OnDay(problem, eligibility, shiftIndex, day.Key, day.ToList()));
        }
        return found;
    }

    /// <summary>The day's shortfalls: node 0 is the source, 1 the sink, then the people, then the demands.</summary>
    private static IEnumerable<UnavoidableShortfall> OnDay(RosterProblem problem, Eligibility eligibility, Dictionary<string, int> shiftIndex, int day, List<CoverRequirement> demands)
    {
        const int Source = 0, Sink = 1;
        var people = problem.Employees.Count;
        int PersonNode(int e) => 2 + e;
        int DemandNode(int c) => 2 + people + c;
        var flow = new MaxFlow();
        var demandArcs = new int[demands.Count];
        var links = new List<(int Arc, int Person, int Demand)>();
        for (var e = 0; e < people; e++)
        {
            flow.AddArcWithCapacity(Source, PersonNode(e), 1);
        }
        for (var c = 0; c < demands.Count; c++)
        {
            demandArcs[c] = flow.AddArcWithCapacity(DemandNode(c), Sink, demands[c].Requirement);
            var shift = shiftIndex[demands[c].ShiftId];
            for (var e = 0; e < people; e++)
            {
                if (eligibility.Allows(e, day, shift))
                {
                    links.Add((flow.AddArcWithCapacity(PersonNode(e), DemandNode(c), 1), e, c));
                }
            }
        }
        if (flow.Solve(Source, Sink) != MaxFlow.Status.OPTIMAL)
        {
            yield break;
        }
        var covered = demandArcs.Select(arc => (int)flow.Flow(arc)).ToArray();
        var total = demands.Sum(d => d.Requirement);
        if (flow.OptimalFlow() >= total)
        {
            yield break;
        }
        // Demands from which the sink can still be reached in the residual graph: a short demand, the
        // people who could take it (all busy), the demands those people hold, and so on.
        var reachesSink = new bool[demands.Count];
        var personReaches = new bool[people];
        var queue = new Queue<int>(Enumerable.Range(0, demands.Count).Where(c => covered[c] < demands[c].Requirement));
        foreach (var c in queue)
        {
            reachesSink[c] = true;
        }
        var unusedTo = links.Where(link => flow.Flow(link.Arc) == 0).ToLookup(link => link.Demand, link => link.Person);
        var heldBy = links.Where(link => flow.Flow(link.Arc) > 0).ToDictionary(link => link.Person, link => link.Demand);
        while (queue.Count > 0)
        {
            // A person reaches a demand in the residual graph through an unused link to it, and the
            // demand the person holds reaches the person backwards.
            foreach (var person in unusedTo[queue.Dequeue()])
            {
                if (personReaches[person])
                {
                    continue;
                }
                personReaches[person] = true;
                if (heldBy.TryGetValue(person, out var held) && !reachesSink[held])
                {
                    reachesSink[held] = true;
                    queue.Enqueue(held);
                }
            }
        }
        var deficient = Enumerable.Range(0, demands.Count).Where(c => reachesSink[c]).ToList();
        foreach (var group in deficient.GroupBy(c => demands[c].RequiredSkill))
        {
            var missing = group.Sum(c => demands[c].Requirement - covered[c]);
            if (missing <= 0)
            {
                continue;
            }
            var shiftIds = group.Where(c => covered[c] < demands[c].Requirement).Select(c => demands[c].ShiftId).ToList();
            yield return new UnavoidableShortfall(day, missing, shiftIds, group.Key, Message(problem, day, missing, group.Key, shiftIds));
        }
    }

    /// <summary>
    /// A lower bound on every schedule's cost: each need no schedule covers costs at least the smallest
    /// shortfall weight among its day's demands.
    /// </summary>
    public static long Bound(RosterProblem problem, IReadOnlyList<UnavoidableShortfall> shortfalls) => shortfalls
        .GroupBy(shortfall => shortfall.Day)
        .Sum(day => (long)day.Sum(shortfall => shortfall.Missing)
            * problem.Cover.Where(c => c.Day == day.Key && c.Requirement > 0).Min(c => c.WeightUnder));

    private static string Message(RosterProblem problem, int day, int missing, string? skill, IReadOnlyList<string> shiftIds)
    {
        var when = $"le {DayNames[day % 7]}" + (problem.Weeks > 1 ? $" de la semaine {day / 7 + 1}" : "");
        var people = missing == 1 ? "1 personne" : $"{missing} personnes";
        if (skill is not null)
        {
            return $"il manque {people} {(missing == 1 ? "formée" : "formées")} en {skill} {when}";
        }
        var labels = shiftIds.Select(id => problem.Shifts.First(shift => shift.Id == id)).Select(shift => shift.Label ?? shift.Id).Distinct().ToList();
        var what = string.Join(", ", labels.Take(3)) + (labels.Count > 3 ? $" et {labels.Count - 3} autre(s)" : "");
        return $"il manque {people} {(missing == 1 ? "disponible" : "disponibles")} {when} pour {what}";
    }
}
