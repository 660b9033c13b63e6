namespace DroitEmploi.Core.Features.Committee;

public sealed record DecisionView(
    int Id, string Label, int MeetingId, DateOnly DecidedOn, string Text, AgendaKind SubjectKind, int? SubjectId, DecisionEffect Effect,
    VoteKind Vote, int? For, int? Against, int? Abstentions, bool Public)
{
    public static DecisionView Of(CommitteeDecision d) =>
        new(d.Id, d.Label, d.MeetingId, d.DecidedOn, d.Text, d.SubjectKind, d.SubjectId, d.Effect, d.Vote, d.For, d.Against, d.Abstentions, d.Public);
}
