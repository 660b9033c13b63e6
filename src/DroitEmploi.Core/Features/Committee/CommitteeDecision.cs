using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Committee;

/// <summary>
/// A decision of the committee, numbered per committee and year ("2026-03"), taken in a meeting with
/// quorum, with its vote and its subject; a public decision is readable by anyone.
/// </summary>
public class CommitteeDecision : TrackedEntity, Data.IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public int MeetingId { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string Text { get; set; } = "";
    public AgendaKind SubjectKind { get; set; }
    public int? SubjectId { get; set; }
    public DecisionEffect Effect { get; set; }
    public VoteKind Vote { get; set; }
    public int? For { get; set; }
    public int? Against { get; set; }
    public int? Abstentions { get; set; }
    public bool Public { get; set; }

    public string Label => $"n° {Year}-{Number:00}";

    public Activities.DecisionRef Ref => new(Id, TerritoryId, DecidedOn, Label);

    /// <summary>
    /// Takes a decision in a meeting. Without quorum nothing is voted; the counts add up to at most the
    /// voting members present; a majority needs more for than against, unanimity no one against.
    /// </summary>
    public static CommitteeDecision Take(
        CommitteeMeeting meeting, IReadOnlyCollection<CommitteeMember> members, CommitteeRules rules, int number, DecisionInput input)
    {
        if (!meeting.HasQuorum(members, rules.QuorumShare))
        {
            throw new BusinessRuleException(
                $"Le quorum n'est pas atteint ({rules.QuorumShare:P0} des membres votants présents) : aucune décision ne peut être votée à cette réunion.");
        }
        if (input.Effect != DecisionEffect.None && (input.SubjectKind != AgendaKind.ActivityReview && input.SubjectKind != AgendaKind.Objection || input.SubjectId is null))
        {
            throw ValidationFailedException.For("subjectId", "Une décision qui valide, réorganise ou abandonne une activité doit porter sur cette activité ou sur un signalement.");
        }
        var votingPresent = meeting.Present.Count(p => members.Any(m => m.Id == p.MemberId && m.Voting));
        if (input.Vote != VoteKind.Consensus)
        {
            var (yes, no, abstain) = (input.For ?? 0, input.Against ?? 0, input.Abstentions ?? 0);
            if (yes < 0 || no < 0 || abstain < 0 || yes + no + abstain == 0)
            {
                throw ValidationFailedException.For("for", "Indiquez les voix pour, contre et les abstentions.");
            }
            if (yes + no + abstain > votingPresent)
            {
                throw ValidationFailedException.For("for", $"{yes + no + abstain} voix pour {votingPresent} membre(s) votant(s) présent(s) : le compte ne tombe pas juste.");
            }
            if (input.Vote == VoteKind.Majority && yes <= no)
            {
                throw ValidationFailedException.For("for", "Sans plus de voix pour que contre, la décision n'est pas adoptée.");
            }
            if (input.Vote == VoteKind.Unanimity && (no > 0 || abstain > 0))
            {
                throw ValidationFailedException.For("vote", "Une voix contre ou une abstention : ce n'est pas l'unanimité.");
            }
        }
        return new CommitteeDecision
        {
            TerritoryId = meeting.TerritoryId,
            MeetingId = meeting.Id,
            Year = meeting.Day.Year,
            Number = number,
            DecidedOn = meeting.Day,
            Text = input.Text.Trim(),
            SubjectKind = input.SubjectKind,
            SubjectId = input.SubjectId,
            Effect = input.Effect,
            Vote = input.Vote,
            For = input.Vote == VoteKind.Consensus ? null : input.For ?? 0,
            Against = input.Vote == VoteKind.Consensus ? null : input.Against ?? 0,
            Abstentions = input.Vote == VoteKind.Consensus ? null : input.Abstentions ?? 0,
            Public = input.Public,
        };
    }

    /// <summary>The next number of a committee's year: one more than the highest, from 1 each January.</summary>
    public static int NextNumber(IEnumerable<int> numbersOfTheYear) => numbersOfTheYear.DefaultIfEmpty(0).Max() + 1;
}
