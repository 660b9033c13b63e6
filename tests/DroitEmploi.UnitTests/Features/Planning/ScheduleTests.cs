using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.Planning;

namespace DroitEmploi.UnitTests.Features.Planning;

public class ScheduleTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);
    private static readonly DateTime Now = new(2026, 3, 16, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<int, ScheduleSlot> Slots = new()
    {
        [1] = new ScheduleSlot { Id = 1, Name = "Friperie journée" },
        [2] = new ScheduleSlot { Id = 2, Name = "Repair café matin" },
    };
    private static readonly CheckResult Clean = new([], [], 0, 0);

    [Fact]
    public void A_schedule_that_breaks_a_rule_is_not_published_and_the_rule_is_named()
    {
        var schedule = new Schedule { Status = ScheduleStatus.Proposed };
        var broken = Check(new RuleViolation("c1", 2, RuleNames.DayOff, "Jour où la personne ne peut pas travailler."));

        var refusal = Assert.Throws<BusinessRuleException>(() => schedule.Publish(broken, Describe, "direction", Now));

        Assert.Contains("Alice", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(ScheduleStatus.Proposed, schedule.Status);
        schedule.Publish(Clean, Describe, "direction", Now);
        Assert.Equal((ScheduleStatus.Published, "direction"), (schedule.Status, schedule.PublishedBy));
        Assert.Throws<BusinessRuleException>(() => schedule.Publish(Clean, Describe, "direction", Now));
    }

    [Fact]
    public void Before_publication_an_edit_that_breaks_a_rule_is_kept_for_the_board_to_show_and_nothing_is_logged()
    {
        var schedule = new Schedule { Status = ScheduleStatus.Proposed, Assignments = [new() { ContractId = 1, Date = Monday, SlotId = 1 }] };

        schedule.ReplaceAssignments([new AssignmentView(1, Monday.AddDays(6), 1)], Clean,
            Check(new RuleViolation("c1", 6, "ShiftNotOffered", "« 1 » n'a pas lieu ce jour-là.")), Describe, Slots, "direction", Now);

        Assert.Equal(Monday.AddDays(6), Assert.Single(schedule.Assignments).Date);
        Assert.Empty(schedule.Changes);
    }

    [Fact]
    public void After_publication_an_edit_that_breaks_a_rule_is_refused_and_one_that_keeps_them_is_logged()
    {
        var schedule = new Schedule { Status = ScheduleStatus.Published, Assignments = [new() { ContractId = 1, Date = Monday, SlotId = 1 }] };

        var refusal = Assert.Throws<BusinessRuleException>(() => schedule.ReplaceAssignments([new AssignmentView(1, Monday.AddDays(6), 1)], Clean,
            Check(new RuleViolation("c1", 6, "ShiftNotOffered", "« 1 » n'a pas lieu ce jour-là.")), Describe, Slots, "direction", Now));
        Assert.Contains("Alice", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(Monday, Assert.Single(schedule.Assignments).Date);

        schedule.ReplaceAssignments([new AssignmentView(1, Monday, 2)], Clean, Clean, Describe, Slots, "direction", Now);
        var change = Assert.Single(schedule.Changes);
        Assert.Equal(ScheduleChangeKind.ManagerEdit, change.Kind);
        Assert.Contains("Friperie journée → Repair café matin", change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_an_absence_already_broke_stays_mendable_but_no_other_rule_may_break()
    {
        var schedule = new Schedule { Status = ScheduleStatus.Published, Assignments = [new() { ContractId = 1, Date = Monday, SlotId = 1 }] };
        var absence = Check(new RuleViolation("c1", 0, RuleNames.DayOff, "Jour où la personne ne peut pas travailler."));

        // Taking the shift away leaves her below her hours: that is the absence, not the change.
        schedule.ReplaceAssignments([], absence, Check(new RuleViolation("c1", null, RuleNames.TotalMinutes, "0 h planifiées pour 22 à 25 h choisies.")),
            Describe, Slots, "direction", Now);
        Assert.Empty(schedule.Assignments);

        // Someone else falling below her hours is a rule the change breaks.
        Assert.Throws<BusinessRuleException>(() => schedule.ReplaceAssignments([], absence,
            Check(new RuleViolation("c2", null, RuleNames.TotalMinutes, "0 h planifiées.")), Describe, Slots, "direction", Now));
    }

    [Fact]
    public void An_employees_day_off_over_a_published_shift_is_logged_for_the_direction()
    {
        var schedule = new Schedule { Status = ScheduleStatus.Published };
        schedule.RecordUnavailability(1, Monday, "Friperie journée", "salariee@exemple.fr", Now);
        var change = Assert.Single(schedule.Changes);
        Assert.Equal(ScheduleChangeKind.EmployeeUnavailable, change.Kind);
        Assert.Equal("lundi 16 mars — indisponible alors que prévu·e sur Friperie journée", change.Description);
    }

    private static CheckResult Check(params RuleViolation[] violations) => new(violations, [], 0, 0);

    private static string Describe(RuleViolation violation) => $"{(violation.EmployeeId == "c1" ? "Alice" : "Bob")} : {violation.Message}";
}
