using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Planning;

namespace DroitEmploi.UnitTests.Features.Planning;

public class ScheduleSlotTests
{
    private static ScheduleSlot Friperie() =>
        ScheduleSlot.Create(1, new SlotInput { Activity = " Friperie ", Slot = "journée", Minutes = 420, StartsAt = null, PeopleNeeded = 2 });

    [Fact]
    public void A_slot_is_named_after_its_activity_and_period_and_keeps_its_days_in_week_order()
    {
        var slot = ScheduleSlot.Create(1, new SlotInput
        {
            Activity = "Repair café",
            Slot = " matin ",
            Days = [DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Friday],
            RequiredSkill = "  ",
        });

        Assert.Equal("Repair café, matin", slot.Name);
        Assert.Equal("matin", slot.Period);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], slot.Days);
        Assert.Null(slot.RequiredSkill);
    }

    [Fact]
    public void An_older_slot_without_a_start_time_gets_one_even_when_published_weeks_use_it()
    {
        var slot = Friperie();

        slot.Revise(new SlotInput { Activity = "Friperie", Slot = "journée", Minutes = 420, StartsAt = new(9, 0), PeopleNeeded = 3 }, usedByPublishedWeeks: true);

        Assert.Equal(new TimeOnly(9, 0), slot.StartsAt);
        Assert.Equal(3, slot.PeopleNeeded);
    }

    [Fact]
    public void The_length_of_a_slot_published_weeks_use_cannot_change_but_an_unused_one_can()
    {
        var used = Friperie();
        var longer = new SlotInput { Activity = "Friperie", Slot = "journée", Minutes = 480, StartsAt = new(8, 0) };

        var refused = Assert.Throws<ValidationFailedException>(() => used.Revise(longer, usedByPublishedWeeks: true));
        Assert.Contains("minutes", refused.Errors.Keys);
        Assert.Equal(420, used.Minutes);

        var unused = Friperie();
        unused.Revise(longer, usedByPublishedWeeks: false);
        Assert.Equal(480, unused.Minutes);
    }

    [Fact]
    public void A_slot_cannot_end_after_midnight_nor_be_revised_once_retired()
    {
        var late = new SlotInput { Activity = "Veille", Slot = "nuit", Minutes = 240, StartsAt = new(22, 0) };
        Assert.Contains("startsAt", Assert.Throws<ValidationFailedException>(() => ScheduleSlot.Create(1, late)).Errors.Keys);

        var retired = Friperie();
        retired.Active = false;
        Assert.Throws<BusinessRuleException>(() => retired.Revise(new SlotInput { Activity = "Friperie", Minutes = 420 }, usedByPublishedWeeks: false));
    }
}
