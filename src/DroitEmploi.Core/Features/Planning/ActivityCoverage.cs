namespace DroitEmploi.Core.Features.Planning;

/// <summary>An activity and its slots, as the board shows them when grouped by activity.</summary>
public sealed record ActivityCoverage(string Activity, IReadOnlyList<SlotCoverage> Slots)
{
    public int Missing => Slots.Sum(slot => slot.Days.Sum(day => day.Missing));

    /// <summary>
    /// Groups a week's assignments by activity and slot, in the order of the activities' names, so
    /// that a team sees at a glance which activity lacks people on which day. The assignments are
    /// passed apart from the view because the board edits them before they are saved.
    /// </summary>
    public static IReadOnlyList<ActivityCoverage> Build(ScheduleView view, IReadOnlyCollection<AssignmentView> assignments)
    {
        var names = view.People.ToDictionary(person => person.ContractId, person => person.Name);
        var bySlotAndDate = assignments.ToLookup(a => (a.SlotId, a.Date), a => names.GetValueOrDefault(a.ContractId, $"contrat n° {a.ContractId}"));
        return view.Slots
            .GroupBy(slot => slot.Activity, StringComparer.CurrentCultureIgnoreCase)
            .OrderBy(group => group.Key, StringComparer.CurrentCultureIgnoreCase)
            .Select(group => new ActivityCoverage(group.Key, group
                .OrderBy(slot => slot.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(slot => new SlotCoverage(slot, Enumerable.Range(0, 7).Select(offset =>
                {
                    var date = view.WeekStart.AddDays(offset);
                    var runs = slot.Days.Contains(date.DayOfWeek);
                    var people = bySlotAndDate[(slot.Id, date)].Order(StringComparer.CurrentCultureIgnoreCase).ToList();
                    return new DayCoverage(date, runs, runs ? slot.PeopleNeeded : 0, people);
                }).ToList()))
                .ToList()))
            .ToList();
    }
}
