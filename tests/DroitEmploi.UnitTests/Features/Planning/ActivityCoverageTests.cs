using DroitEmploi.Core.Features.Planning;

namespace DroitEmploi.UnitTests.Features.Planning;

public class ActivityCoverageTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static readonly SlotView Morning = new(1, "Recyclerie", "Recyclerie — matin", 240, [DayOfWeek.Monday, DayOfWeek.Tuesday], 2, null);
    private static readonly SlotView Afternoon = new(2, "Recyclerie", "Recyclerie — après-midi", 240, [DayOfWeek.Monday], 1, null);
    private static readonly SlotView Garden = new(3, "Maraîchage", "Maraîchage — journée", 420, [DayOfWeek.Monday], 1, null);

    private static ScheduleView View() => new(
        1, 1, "2026-W49", Monday, ScheduleStatus.Proposed, 100, 0, 0, null, null, [Morning, Afternoon, Garden],
        [new BoardPerson(10, "Sabrina", 24, 0, []), new BoardPerson(11, "Karim", 30, 0, []), new BoardPerson(12, "Aline", 35, 0, [])],
        [], [], [], [], [], true, 1, []);

    [Fact]
    public void Activities_come_in_alphabetical_order_with_their_slots()
    {
        var coverage = ActivityCoverage.Build(View(), []);

        Assert.Equal(["Maraîchage", "Recyclerie"], coverage.Select(a => a.Activity));
        Assert.Equal(["Recyclerie — après-midi", "Recyclerie — matin"], coverage[1].Slots.Select(s => s.Slot.Name));
        Assert.All(coverage.SelectMany(a => a.Slots), slot => Assert.Equal(7, slot.Days.Count));
    }

    [Fact]
    public void Each_day_shows_who_is_on_the_slot_and_how_many_are_missing()
    {
        var coverage = ActivityCoverage.Build(View(), [new AssignmentView(11, Monday, 1), new AssignmentView(10, Monday, 1), new AssignmentView(12, Monday.AddDays(1), 1)]);
        var morning = coverage[1].Slots[1];

        Assert.Equal(["Karim", "Sabrina"], morning.Days[0].People);
        Assert.Equal(0, morning.Days[0].Missing);
        Assert.Equal(["Aline"], morning.Days[1].People);
        Assert.Equal(1, morning.Days[1].Missing);
        // The slot does not run on Wednesday: nothing is missing there.
        Assert.False(morning.Days[2].Runs);
        Assert.Equal(0, morning.Days[2].Missing);
        // Recyclerie: one missing on Tuesday morning, one on Monday afternoon.
        Assert.Equal(2, coverage[1].Missing);
        Assert.Equal(1, coverage[0].Missing);
    }

    [Fact]
    public void A_person_on_a_slot_that_does_not_run_that_day_counts_as_extra()
    {
        var coverage = ActivityCoverage.Build(View(), [new AssignmentView(12, Monday.AddDays(2), 3), new AssignmentView(10, Monday, 3), new AssignmentView(11, Monday, 3)]);
        var garden = coverage[0].Slots[0];

        Assert.Equal(1, garden.Days[2].Extra);
        Assert.Equal(1, garden.Days[0].Extra);
        Assert.Equal(0, coverage[0].Missing);
    }
}
