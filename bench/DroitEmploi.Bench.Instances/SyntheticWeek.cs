using DroitEmploi.Planning;

namespace DroitEmploi.Bench.Instances;

/// <summary>
/// A realistic EBE week for benchmarks and tests: activities by the day (7 h) or the morning (4 h), each
/// needing a few people (some a skill), and employees with the weekly hours they chose (20 to 35),
/// a day or two they cannot work, skills, and wishes. Deterministic for a given seed.
/// </summary>
public static class SyntheticWeek
{
    public static RosterProblem Generate(int employees, int activities, int seed)
    {
        var random = new Random(seed);
        var shifts = new List<ShiftType>();
        for (var a = 0; a < activities; a++)
        {
            shifts.Add(new ShiftType($"A{a:00}-journee", 420, [], $"Activité {a + 1}, journée"));
            shifts.Add(new ShiftType($"A{a:00}-matin", 240, [], $"Activité {a + 1}, matin"));
        }
        var skills = Enumerable.Range(0, activities).Select(a => $"S{a:00}").ToArray();
        var people = new List<RosterEmployee>();
        var requests = new List<ShiftRequest>();
        for (var e = 0; e < employees; e++)
        {
            var hours = new[] { 20, 24, 26, 28, 30, 32, 35 }[random.Next(7)];
            var daysOff = new HashSet<int> { 6 };
            if (random.NextDouble() < 0.6)
            {
                daysOff.Add(random.Next(0, 6));
            }
            var known = Enumerable.Range(0, 3).Select(_ => skills[random.Next(skills.Length)]).ToHashSet();
            var id = $"E{e:000}";
            people.Add(new RosterEmployee(id, MinTotalMinutes: hours * 60 - 120, MaxTotalMinutes: hours * 60 + 60,
                new Dictionary<string, int>(), MaxConsecutiveShifts: 6, MinConsecutiveShifts: 1, MinConsecutiveDaysOff: 1, MaxWeekends: 1,
                daysOff, known));
            var wished = shifts[random.Next(shifts.Count)].Id;
            for (var d = 0; d < 5; d++)
            {
                if (random.NextDouble() < 0.3 && !daysOff.Contains(d))
                {
                    requests.Add(new ShiftRequest(id, d, wished, random.Next(1, 4), On: true));
                }
            }
        }
        var totalMinutes = people.Sum(p => (p.MinTotalMinutes + p.MaxTotalMinutes) / 2);
        var cover = new List<CoverRequirement>();
        var perSlot = Math.Max(1, totalMinutes / 330 / (6 * shifts.Count));
        for (var d = 0; d < 6; d++)
        {
            foreach (var shift in shifts)
            {
                var skill = random.NextDouble() < 0.25 ? skills[int.Parse(shift.Id.AsSpan(1, 2), System.Globalization.CultureInfo.InvariantCulture)] : null;
                cover.Add(new CoverRequirement(d, shift.Id, perSlot + random.Next(0, 2), WeightUnder: 100, WeightOver: 1, skill));
            }
        }
        return new RosterProblem(7, shifts, people, requests, cover);
    }
}
