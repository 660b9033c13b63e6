namespace DroitEmploi.Core.Features.Activities;

public sealed record ObjectionView(
    int Id, int ActivityId, string ObjectorName, int? OrganisationId, string Grounds, DateOnly RaisedOn, string? Response,
    ObjectionOutcome? Outcome, string? NewScope, int? DecisionId, DateOnly? ClosedOn, bool Overdue)
{
    public static ObjectionView Of(Objection o, DateOnly today, ActivitySettings settings) =>
        new(o.Id, o.ActivityId, o.ObjectorName, o.OrganisationId, o.Grounds, o.RaisedOn, o.Response, o.Outcome, o.NewScope, o.DecisionId, o.ClosedOn,
            o.IsOverdue(today, settings));
}
