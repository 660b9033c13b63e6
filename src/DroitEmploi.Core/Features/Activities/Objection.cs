using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// A firm or a body that feels the activity competes with it (signalement de concurrence), at any time,
/// active activities included. The committee closes it by a decision.
/// </summary>
public class Objection : TrackedEntity, Data.IBelongsToTerritory
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public int TerritoryId { get; set; }
    public string ObjectorName { get; set; } = "";
    public int? OrganisationId { get; set; }
    public string Grounds { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    public ObjectionOutcome? Outcome { get; set; }
    public string? NewScope { get; set; }
    public int? DecisionId { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>What the organisation running the activity says in answer.</summary>
    public string? Response { get; set; }

    public bool IsOpen => Outcome is null;

    /// <summary>Recorded at any time, on an activity at any stage but abandoned.</summary>
    public static Objection Raise(Activity activity, ObjectionInput input, DateOnly today)
    {
        if (activity.Status == ActivityStatus.Abandoned)
        {
            throw new BusinessRuleException("Cette activité est abandonnée : il n'y a plus de concurrence à signaler.");
        }
        var raised = input.RaisedOn ?? today;
        if (raised > today)
        {
            throw ValidationFailedException.For("raisedOn", "Un signalement ne peut être daté de demain.");
        }
        return new Objection
        {
            ActivityId = activity.Id,
            TerritoryId = activity.TerritoryId,
            ObjectorName = input.ObjectorName.Trim(),
            OrganisationId = input.OrganisationId,
            Grounds = input.Grounds.Trim(),
            RaisedOn = raised,
        };
    }

    public void Respond(string? response)
    {
        if (string.IsNullOrWhiteSpace(response))
        {
            throw ValidationFailedException.For("response", "Écrivez la réponse de la structure.");
        }
        Response = response.Trim();
    }

    /// <summary>Left without an outcome too long, it goes on the next meeting's agenda.</summary>
    public bool IsOverdue(DateOnly today, ActivitySettings settings) => IsOpen && today > RaisedOn.AddDays(settings.ObjectionAgendaDays);

    /// <summary>
    /// Ends the objection by the committee's decision. A reorganisation says the activity's new scope;
    /// the activity's own move (reorganised, abandoned) is made by the same decision.
    /// </summary>
    public void Close(ObjectionOutcome outcome, DecisionRef decision, string? newScope)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("Ce signalement est déjà clos.");
        }
        if (outcome == ObjectionOutcome.Reorganised && string.IsNullOrWhiteSpace(newScope))
        {
            throw ValidationFailedException.For("newScope", "Décrivez le nouveau périmètre de l'activité réorganisée.");
        }
        Outcome = outcome;
        NewScope = string.IsNullOrWhiteSpace(newScope) ? null : newScope.Trim();
        DecisionId = decision.Id;
        ClosedOn = decision.DecidedOn;
    }

    /// <summary>
    /// Ends the objection by the committee's decision and, when it reorganises or abandons the activity
    /// and that decision has not moved it yet, moves the activity too: one rule wherever it is settled.
    /// </summary>
    public void Settle(Activity activity, ObjectionOutcome outcome, DecisionRef decision, string? newScope, string by, DateTime at, ActivitySettings settings)
    {
        Close(outcome, decision, newScope);
        var to = outcome switch
        {
            ObjectionOutcome.Reorganised => ActivityStatus.Reorganised,
            ObjectionOutcome.Abandoned => ActivityStatus.Abandoned,
            _ => (ActivityStatus?)null,
        };
        if (to is { } status && activity.DecisionId != decision.Id)
        {
            activity.MoveTo(status, decision, newScope, by, at, settings);
        }
    }
}
