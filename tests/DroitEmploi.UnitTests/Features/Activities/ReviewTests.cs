using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Activities;

namespace DroitEmploi.UnitTests.Features.Activities;

public class ReviewTests
{
    private static readonly ActivitySettings Settings = new();
    private static readonly Activity Compost = Activity.Propose(10, 1, new ActivityInput { Name = "Collecte de compost" }, "ebe", DateTime.UtcNow);

    [Fact]
    public void Past_its_deadline_an_unanswered_consultation_reads_no_answer_and_a_late_answer_still_counts()
    {
        var consultation = Consultation.Send(Compost, new ConsultationInput { Kind = ConsultedKind.ChamberOfCrafts, ConsultedName = "CMA Hauts-de-France", SentOn = new DateOnly(2026, 10, 1) }, Settings);

        Assert.Equal(new DateOnly(2026, 10, 16), consultation.Deadline);
        Assert.Equal(ConsultationState.Waiting, consultation.StateOn(new DateOnly(2026, 10, 16)));
        Assert.Equal(ConsultationState.NoAnswer, consultation.StateOn(new DateOnly(2026, 10, 17)));

        consultation.Record(ConsultationAnswer.Reserved, new DateOnly(2026, 10, 20), " Vigilance sur le prix ");
        Assert.Equal(ConsultationState.Reserved, consultation.StateOn(new DateOnly(2026, 11, 1)));
        Assert.Equal("Vigilance sur le prix", consultation.Comment);
    }

    [Fact]
    public void An_answer_cannot_precede_the_sending()
    {
        var consultation = Consultation.Send(Compost, new ConsultationInput { ConsultedName = "CCI", SentOn = new DateOnly(2026, 10, 1) }, Settings);
        Assert.Contains("answeredOn", Assert.Throws<ValidationFailedException>(() => consultation.Record(ConsultationAnswer.Favourable, new DateOnly(2026, 9, 30), null)).Errors.Keys);
    }

    [Fact]
    public void An_objection_left_open_thirty_days_goes_on_the_agenda_until_a_decision_closes_it()
    {
        var objection = Objection.Raise(Compost, new ObjectionInput { ObjectorName = "Garage solidaire du Hainaut", Grounds = "Lavage de voitures", RaisedOn = new DateOnly(2026, 10, 1) }, new DateOnly(2026, 11, 26));

        Assert.False(objection.IsOverdue(new DateOnly(2026, 10, 31), Settings));
        Assert.True(objection.IsOverdue(new DateOnly(2026, 11, 1), Settings));

        objection.Close(ObjectionOutcome.NoCompetition, new DecisionRef(3, 1, new DateOnly(2026, 11, 20), "n° 2026-02"), null);
        Assert.False(objection.IsOverdue(new DateOnly(2026, 12, 1), Settings));
        Assert.Throws<BusinessRuleException>(() => objection.Close(ObjectionOutcome.Abandoned, new DecisionRef(4, 1, new DateOnly(2026, 11, 21), "n° 2026-03"), null));
    }

    [Fact]
    public void Settling_an_objection_by_reorganisation_moves_an_active_activity_with_its_new_scope()
    {
        var decision = new DecisionRef(5, 1, new DateOnly(2026, 11, 20), "n° 2026-04");
        var activity = Activity.Propose(10, 1, new ActivityInput { Name = "Lavage de voitures" }, "ebe", DateTime.UtcNow);
        activity.MoveTo(ActivityStatus.Consultation, null, null, "cle", DateTime.UtcNow, Settings);
        activity.MoveTo(ActivityStatus.CleReview, null, null, "cle", DateTime.UtcNow, Settings);
        activity.MoveTo(ActivityStatus.Active, decision with { Id = 1 }, null, "cle", DateTime.UtcNow, Settings);
        var objection = Objection.Raise(activity, new ObjectionInput { ObjectorName = "Garage", Grounds = "concurrence" }, new DateOnly(2026, 11, 1));

        Assert.Contains("newScope", Assert.Throws<ValidationFailedException>(() => objection.Settle(activity, ObjectionOutcome.Reorganised, decision, null, "cle", DateTime.UtcNow, Settings)).Errors.Keys);
        objection.Settle(activity, ObjectionOutcome.Reorganised, decision, "Vélos et poussettes seulement", "cle", DateTime.UtcNow, Settings);

        Assert.Equal(ActivityStatus.Reorganised, activity.Status);
        Assert.Equal("Vélos et poussettes seulement", activity.History[^1].Reason);
        Assert.Equal(5, objection.DecisionId);
    }

    [Fact]
    public void A_need_is_dropped_with_a_reason_and_then_stays_as_it_was()
    {
        var need = TerritoryNeed.Report(1, new NeedInput { What = " Bancs cassés au parc ", Where = "Parc de la Rhonelle" }, "salariee", DateTime.UtcNow);
        Assert.Equal(("Bancs cassés au parc", NeedStatus.New), (need.What, need.Status));

        Assert.Throws<ValidationFailedException>(() => need.Drop(" "));
        need.Drop("Relève de la ville");
        Assert.Throws<BusinessRuleException>(() => need.Became(3));
    }
}
