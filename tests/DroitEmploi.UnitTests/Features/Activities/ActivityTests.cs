using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Activities;

namespace DroitEmploi.UnitTests.Features.Activities;

public class ActivityTests
{
    private static readonly ActivitySettings Settings = new();
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DecisionRef Decision = new(7, 1, new DateOnly(2026, 11, 20), "n° 2026-03");

    private static Activity UnderReview()
    {
        var activity = Activity.Propose(10, 1, new ActivityInput { Name = "Collecte de compost" }, "ebe", Now);
        activity.MoveTo(ActivityStatus.Consultation, null, null, "cle", Now, Settings);
        activity.MoveTo(ActivityStatus.CleReview, null, null, "cle", Now, Settings);
        return activity;
    }

    [Fact]
    public void An_activity_cannot_become_active_without_a_decision_of_the_committee()
    {
        var activity = UnderReview();

        var refused = Assert.Throws<ValidationFailedException>(() => activity.MoveTo(ActivityStatus.Active, null, "urgent", "cle", Now, Settings));

        Assert.Contains("decisionId", refused.Errors.Keys);
        Assert.Equal(ActivityStatus.CleReview, activity.Status);
    }

    [Fact]
    public void A_validating_decision_makes_it_active_and_sets_the_next_review_a_year_after_the_decision()
    {
        var activity = UnderReview();

        activity.MoveTo(ActivityStatus.Active, Decision, null, "cle", Now, Settings);

        Assert.Equal(ActivityStatus.Active, activity.Status);
        Assert.Equal((7, new DateOnly(2026, 11, 20), new DateOnly(2027, 11, 20)), (activity.DecisionId!.Value, activity.DecidedOn!.Value, activity.NextReviewOn!.Value));
        Assert.Equal(7, activity.History[^1].DecisionId);
        Assert.True(activity.IsRunning);
    }

    [Fact]
    public void A_decision_of_another_territory_does_not_count()
    {
        var activity = UnderReview();

        var refused = Assert.Throws<ValidationFailedException>(() => activity.MoveTo(ActivityStatus.Active, Decision with { TerritoryId = 2 }, null, "cle", Now, Settings));

        Assert.Contains("autre territoire", refused.Errors["decisionId"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Moves_follow_the_path_and_an_abandoned_activity_stays_as_it_was()
    {
        var idea = Activity.Propose(10, 1, new ActivityInput { Name = "Repassage" }, "ebe", Now);
        Assert.Throws<BusinessRuleException>(() => idea.MoveTo(ActivityStatus.Active, Decision, null, "cle", Now, Settings));

        // An idea the EBE drops needs no committee, but a reason.
        Assert.Throws<ValidationFailedException>(() => idea.MoveTo(ActivityStatus.Abandoned, null, null, "ebe", Now, Settings));
        idea.MoveTo(ActivityStatus.Abandoned, null, "pas de local", "ebe", Now, Settings);
        Assert.Empty(idea.NextStatuses);
        Assert.Throws<BusinessRuleException>(() => idea.Describe(new ActivityInput { Name = "Repassage à domicile" }));

        // Once the committee holds it, abandoning it is the committee's decision.
        var reviewed = UnderReview();
        Assert.Throws<ValidationFailedException>(() => reviewed.MoveTo(ActivityStatus.Abandoned, null, "trop proche", "cle", Now, Settings));
    }

    [Fact]
    public void Tags_are_kept_once_and_a_huge_tag_is_refused()
    {
        var activity = Activity.Propose(10, 1, new ActivityInput { Name = "Friperie", Tags = ["textile", " Textile ", "", "réemploi"] }, "ebe", Now);
        Assert.Equal(["textile", "réemploi"], activity.Tags);

        var refused = Assert.Throws<ValidationFailedException>(() => activity.Describe(new ActivityInput { Name = "Friperie", Tags = [new string('x', 61)] }));
        Assert.Contains("tags", refused.Errors.Keys);
    }
}
