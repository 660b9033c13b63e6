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
    public void A_job_taken_by_a_node_whose_heartbeat_stops_waits_for_another_node_then_fails_after_three_takes()
    {
        var schedule = new Schedule { Status = ScheduleStatus.Queued };

        for (var take = 1; take <= 3; take++)
        {
            schedule.Claim(Now.AddMinutes(take));
            Assert.Equal((ScheduleStatus.Running, take, Now.AddMinutes(take)), (schedule.Status, schedule.Attempts, schedule.HeartbeatAt!.Value));
            Assert.Throws<BusinessRuleException>(() => schedule.Claim(Now));
            schedule.Interrupt(maxAttempts: 3, Now.AddMinutes(take));
        }

        Assert.Equal(ScheduleStatus.Failed, schedule.Status);
        Assert.Contains("3 fois", schedule.Message, StringComparison.Ordinal);
        Assert.Throws<BusinessRuleException>(() => schedule.Interrupt(3, Now));
    }

    [Fact]
    public void A_beat_reports_progress_below_the_end_and_only_while_the_job_runs()
    {
        var schedule = new Schedule { Status = ScheduleStatus.Queued };
        Assert.Throws<BusinessRuleException>(() => schedule.Beat(10, 500, 400, Now));

        schedule.Claim(Now);
        schedule.Beat(250, 500, 400, Now.AddSeconds(30));

        Assert.Equal((99, 500L, 400L, Now.AddSeconds(30)), (schedule.Progress, schedule.Objective!.Value, schedule.BestBound!.Value, schedule.HeartbeatAt!.Value));
    }

    [Fact]
    public void Only_a_waiting_or_running_computation_is_cancelled_and_one_cancelled_before_it_found_a_week_stays_so()
    {
        var proposed = new Schedule { Status = ScheduleStatus.Proposed };
        Assert.Throws<BusinessRuleException>(proposed.Cancel);

        var empty = new Schedule { Status = ScheduleStatus.Running };
        empty.Cancel();
        empty.Finish(ScheduleStatus.Cancelled, "Calcul annulé.", null, null, [], Now);
        Assert.Equal(("Annulation demandée.", 0), (empty.Message, empty.Progress));

        var found = new Schedule { Status = ScheduleStatus.Running, Assignments = [new() { ContractId = 1, Date = Monday, SlotId = 1 }] };
        found.Cancel();
        found.Finish(ScheduleStatus.Proposed, "Calcul arrêté : meilleur planning trouvé jusque-là.", 120, 100, [new AssignmentView(2, Monday, 2)], Now);
        Assert.Equal((ScheduleStatus.Proposed, 100, Now), (found.Status, found.Progress, found.FinishedAt!.Value));
        Assert.Equal(2, Assert.Single(found.Assignments).ContractId);
        Assert.Throws<BusinessRuleException>(() => found.Finish(ScheduleStatus.Failed, "", null, null, [], Now));
    }

    [Fact]
    public void Only_a_published_week_gives_way_to_the_one_published_after_it()
    {
        var proposed = new Schedule { Status = ScheduleStatus.Proposed };
        Assert.Throws<BusinessRuleException>(() => proposed.GiveWayTo(7));

        var published = new Schedule { Status = ScheduleStatus.Published };
        published.GiveWayTo(7);

        Assert.Equal((ScheduleStatus.Cancelled, "Remplacé par le planning n° 7."), (published.Status, published.Message));
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
