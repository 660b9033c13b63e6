using System.Globalization;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Planning;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// Turns an EBE's week into the engine's plain records: its activity slots, the people under contract
/// and not suspended, the hours they chose, the days they cannot work, their skills and wishes.
/// </summary>
public sealed record WeekProblem(RosterProblem Problem, IReadOnlyList<EmploymentContract> Contracts, IReadOnlyList<ScheduleSlot> Slots, DateOnly Monday)
{
    /// <summary>A rule broken, as the team reads it: who, which day, what.</summary>
    public string Describe(RuleViolation violation)
    {
        var name = Contracts.FirstOrDefault(c => c.Id == Id(violation.EmployeeId))?.EmployeeName ?? violation.EmployeeId;
        var day = violation.Day is { } d ? $" ({Monday.AddDays(d).ToString("dddd d", Common.French.Culture)})" : "";
        return $"{name}{day} : {violation.Message}";
    }

    public static async Task<WeekProblem> BuildAsync(AppDbContext db, int organisationId, DateOnly monday, CancellationToken cancellationToken)
    {
        var sunday = monday.AddDays(6);
        var slots = await db.ScheduleSlots.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Active)
            .OrderBy(s => s.Activity).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var contracts = await db.EmploymentContracts.AsNoTracking().Include(c => c.Amendments).Include(c => c.Suspensions).Include(c => c.Skills).AsSplitQuery()
            .Where(c => c.OrganisationId == organisationId && c.StartDate <= sunday && (c.ExitDate == null || c.ExitDate >= monday))
            .OrderBy(c => c.EmployeeName).ToListAsync(cancellationToken);
        var ids = contracts.Select(c => c.Id).ToList();
        var availability = await db.Availability.AsNoTracking()
            .Where(a => ids.Contains(a.ContractId) && a.Date >= monday && a.Date <= sunday).ToListAsync(cancellationToken);

        var longest = slots.Count == 0 ? 0 : slots.Max(s => s.Minutes);
        var employees = new List<RosterEmployee>();
        var requests = new List<ShiftRequest>();
        foreach (var contract in contracts)
        {
            var facts = ContractFacts.Of(contract);
            var daysOff = new HashSet<int>();
            for (var d = 0; d < 7; d++)
            {
                var date = monday.AddDays(d);
                if (!facts.On(date).Working || availability.Any(a => a.ContractId == contract.Id && a.Date == date && a.Unavailable))
                {
                    daysOff.Add(d);
                }
            }
            var hours = facts.On(contract.StartDate > monday ? contract.StartDate : monday).WeeklyHours;
            var chosen = (int)Math.Round(hours * 60);
            // The hours chosen, within two hours below and one above (days and mornings must add up); fewer when the person cannot come.
            var reachable = (7 - daysOff.Count) * longest;
            var min = Math.Clamp(chosen - 120, 0, reachable);
            var skills = contract.Skills.Where(s => s.Level != SkillLevel.InTraining).Select(s => s.Skill).Concat(contract.Activities)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            employees.Add(new RosterEmployee(Key(contract.Id), min, Math.Max(min, chosen + 60), new Dictionary<string, int>(),
                MaxConsecutiveShifts: 6, MinConsecutiveShifts: 1, MinConsecutiveDaysOff: 1, MaxWeekends: 1, daysOff, skills));
            foreach (var wish in availability.Where(a => a.ContractId == contract.Id && a.WishedSlotId is not null && !a.Unavailable))
            {
                requests.Add(new ShiftRequest(Key(contract.Id), wish.Date.DayNumber - monday.DayNumber, Key(wish.WishedSlotId!.Value), Weight: 3, On: true));
            }
        }
        var cover = new List<CoverRequirement>();
        for (var d = 0; d < 7; d++)
        {
            var day = monday.AddDays(d).DayOfWeek;
            cover.AddRange(slots.Where(s => s.Days.Contains(day))
                .Select(s => new CoverRequirement(d, Key(s.Id), s.PeopleNeeded, WeightUnder: 100, WeightOver: 1, s.RequiredSkill)));
        }
        var shiftTypes = slots.Select(s => new ShiftType(Key(s.Id), s.Minutes, [], s.Name,
            Enumerable.Range(0, 7).Where(d => s.Days.Contains(monday.AddDays(d).DayOfWeek)).ToHashSet())).ToList();
        var problem = new RosterProblem(7, shiftTypes, employees, requests, cover);
        return new WeekProblem(problem, contracts, slots, monday);
    }

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static int Id(string key) => int.Parse(key, CultureInfo.InvariantCulture);

    public IReadOnlyList<Assignment> ToEngine(IEnumerable<AssignmentView> assignments) => assignments
        .Where(a => a.Date >= Monday && a.Date <= Monday.AddDays(6))
        .Select(a => new Assignment(Key(a.ContractId), a.Date.DayNumber - Monday.DayNumber, Key(a.SlotId))).ToList();

    public IReadOnlyList<AssignmentView> FromEngine(IEnumerable<Assignment> assignments) =>
        assignments.Select(a => new AssignmentView(Id(a.EmployeeId), Monday.AddDays(a.Day), Id(a.ShiftId))).ToList();
}
