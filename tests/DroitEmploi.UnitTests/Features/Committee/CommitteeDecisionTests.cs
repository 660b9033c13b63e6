using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Committee;

namespace DroitEmploi.UnitTests.Features.Committee;

public class CommitteeDecisionTests
{
    private static readonly CommitteeRules Rules = new() { TerritoryId = 1, QuorumShare = 0.5m };

    private static List<CommitteeMember> Members() =>
    [
        Member(1, voting: true), Member(2, voting: true), Member(3, voting: true), Member(4, voting: true),
        Member(5, voting: false), Member(6, voting: true, termEnd: new DateOnly(2025, 12, 31)),
    ];

    private static CommitteeMember Member(int id, bool voting, DateOnly? termEnd = null) => new()
    {
        Id = id,
        TerritoryId = 1,
        Name = $"Membre {id}",
        College = Colleges.Default[0],
        Voting = voting,
        TermStart = new DateOnly(2024, 1, 1),
        TermEnd = termEnd,
    };

    private static CommitteeMeeting Meeting(params int[] present)
    {
        var meeting = new CommitteeMeeting { Id = 9, TerritoryId = 1, HeldAt = new DateTime(2026, 11, 20, 17, 0, 0, DateTimeKind.Utc) };
        meeting.RecordAttendance(present, Members());
        return meeting;
    }

    [Fact]
    public void Quorum_counts_only_voting_members_whose_term_covers_the_day()
    {
        // Four voting members sit that day (the sixth's term has ended): two present reach one half.
        Assert.True(Meeting(1, 2).HasQuorum(Members(), Rules.QuorumShare));
        // A consultative member does not make the quorum.
        Assert.False(Meeting(1, 5).HasQuorum(Members(), Rules.QuorumShare));
        Assert.Contains("memberIds", Assert.Throws<ValidationFailedException>(() => Meeting(1, 6)).Errors.Keys);
    }

    [Fact]
    public void No_vote_is_recorded_without_quorum()
    {
        var refused = Assert.Throws<BusinessRuleException>(() =>
            CommitteeDecision.Take(Meeting(1), Members(), Rules, 1, new DecisionInput { Text = "Valider la friperie", Vote = VoteKind.Consensus }));
        Assert.Contains("quorum", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Votes_add_up_to_the_voting_members_present_and_carry_the_decision()
    {
        var meeting = Meeting(1, 2, 3, 5);
        Assert.Throws<ValidationFailedException>(() => CommitteeDecision.Take(meeting, Members(), Rules, 1,
            new DecisionInput { Text = "x", Vote = VoteKind.Majority, For = 3, Against = 1 }));
        Assert.Throws<ValidationFailedException>(() => CommitteeDecision.Take(meeting, Members(), Rules, 1,
            new DecisionInput { Text = "x", Vote = VoteKind.Majority, For = 1, Against = 1, Abstentions = 1 }));
        Assert.Throws<ValidationFailedException>(() => CommitteeDecision.Take(meeting, Members(), Rules, 1,
            new DecisionInput { Text = "x", Vote = VoteKind.Unanimity, For = 2, Abstentions = 1 }));

        var taken = CommitteeDecision.Take(meeting, Members(), Rules, 3, new DecisionInput { Text = " Valider la friperie ", Vote = VoteKind.Majority, For = 2, Against = 1 });
        Assert.Equal(("n° 2026-03", "Valider la friperie", new DateOnly(2026, 11, 20)), (taken.Label, taken.Text, taken.DecidedOn));
    }

    [Fact]
    public void A_decision_that_moves_an_activity_names_it()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => CommitteeDecision.Take(Meeting(1, 2), Members(), Rules, 1,
            new DecisionInput { Text = "Valider", Vote = VoteKind.Consensus, Effect = DecisionEffect.ValidateActivity }));
        Assert.Contains("subjectId", refused.Errors.Keys);
    }

    [Fact]
    public void Decisions_are_numbered_per_committee_and_year_from_one()
    {
        Assert.Equal(1, CommitteeDecision.NextNumber([]));
        Assert.Equal(5, CommitteeDecision.NextNumber([1, 4, 2]));
    }

    [Fact]
    public void A_committee_adds_its_own_colleges_once_and_keeps_those_members_sit_in()
    {
        var rules = new CommitteeRules { TerritoryId = 1 };
        rules.Set(new RulesInput { QuorumShare = 0.6m, ExtraColleges = [" Habitant·es ", "Jeunes", "jeunes", "État"] }, []);
        Assert.Equal(["Jeunes"], rules.ExtraColleges); // the decree's colleges are there already
        Assert.Equal(0.6m, rules.QuorumShare);

        var refused = Assert.Throws<ValidationFailedException>(() => rules.Set(new RulesInput(), ["Jeunes"]));
        Assert.Contains("extraColleges", refused.Errors.Keys);
        Assert.Equal(["Jeunes"], rules.ExtraColleges);
    }

    [Fact]
    public void A_seat_whose_term_ends_no_longer_sits_and_a_term_cannot_end_before_it_starts()
    {
        var seat = Member(1, voting: true);
        seat.Revise(new MemberInput { Name = "Membre 1", College = Colleges.Default[0], Voting = true, TermStart = new DateOnly(2024, 1, 1), TermEnd = new DateOnly(2025, 6, 30) }, null);
        Assert.True(seat.SitsOn(new DateOnly(2025, 6, 30)));
        Assert.False(seat.SitsOn(new DateOnly(2025, 7, 1)));
        Assert.Contains("termEnd", Assert.Throws<ValidationFailedException>(() =>
            seat.Revise(new MemberInput { Name = "Membre 1", College = Colleges.Default[0], TermStart = new DateOnly(2024, 1, 1), TermEnd = new DateOnly(2023, 1, 1) }, null)).Errors.Keys);
    }
}
