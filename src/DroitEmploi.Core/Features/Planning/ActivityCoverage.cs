namespace DroitEmploi.Core.Features.Planning;

/// <summary>One slot of an activity over the week: who works it each day, against the number of people it needs.</summary>
public sealed record SlotCoverage(SlotView Slot, IReadOnlyList<DayCoverage> Days);

/// <summary>A slot on a day: whether it runs, how many people it needs and who is on it.</summary>
public sealed record DayCoverage(DateOnly Date, bool Runs, int Needed, IReadOnlyList<string> People)
{
    public int Missing => Runs ? Math.Max(0, Needed - People.Count) : 0;

    public int Extra => Runs ? Math.Max(0, People.Count - Needed) : People.Count;
}

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
