using DroitEmploi.Planning;

namespace DroitEmploi.UnitTests.Planning;

/// <summary>
/// Small hand-sized teams whose optimum is found by trying every schedule: the yardstick for bounds.
/// Three people over three days with two shift types, some demands needing a skill only some have.
/// </summary>
internal static class SmallTeams
{
    public static RosterProblem Generate(int seed)
    {
        var random = new Random(seed);
        var shifts = new List<ShiftType> { new("M", 240, []), new("J", 420, ["M"]) };
        var skills = new[] { "cuisine", "couture" };
        var employees = Enumerable.Range(0, 3).Select(e => new RosterEmployee(
            $"P{e}", MinTotalMinutes: random.Next(0, 2) * 240, MaxTotalMinutes: 240 + random.Next(0, 3) * 420,
            new Dictionary<string, int>(), MaxConsecutiveShifts: 2, MinConsecutiveShifts: 1, MinConsecutiveDaysOff: 1, MaxWeekends: 1,
            random.NextDouble() < 0.4 ? new HashSet<int> { random.Next(0, 3) } : new HashSet<int>(),
            skills.Where(_ => random.NextDouble() < 0.4).ToHashSet())).ToList();
        var cover = new List<CoverRequirement>();
        for (var d = 0; d < 3; d++)
        {
            foreach (var shift in shifts)
            {
                cover.Add(new CoverRequirement(d, shift.Id, random.Next(0, 3), WeightUnder: 100, WeightOver: 1,
                    random.NextDouble() < 0.4 ? skills[random.Next(skills.Length)] : null));
            }
        }
        var requests = new List<ShiftRequest> { new("P0", random.Next(0, 3), "J", 3, On: true), new("P1", random.Next(0, 3), "M", 2, On: false) };
        return new RosterProblem(3, shifts, employees, requests, cover);
    }

    /// <summary>The least cost of a schedule within every rule, by trying them all (null when none is).</summary>
    public static long? Optimum(RosterProblem problem)
    {
        var cells = problem.Employees.Count * problem.Days;
        var choices = problem.Shifts.Count + 1;
        long? best = null;
        var total = (int)Math.Pow(choices, cells);
        for (var code = 0; code < total; code++)
        {
            var assignments = new List<Assignment>();
            var rest = code;
            for (var cell = 0; cell < cells; cell++)
            {
                var choice = rest % choices;
                rest /= choices;
                if (choice > 0)
                {
                    assignments.Add(new Assignment(problem.Employees[cell / problem.Days].Id, cell % problem.Days, problem.Shifts[choice - 1].Id));
                }
            }
            var check = RosterChecker.Check(problem, assignments);
            if (check.Feasible && (best is null || check.Objective < best))
            {
                best = check.Objective;
            }
        }
        return best;
    }
}
