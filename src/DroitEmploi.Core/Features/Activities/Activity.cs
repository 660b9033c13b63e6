using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// Useful work an organisation does or wants to do on a territory ("Friperie", "Collecte de compost en
/// porte-à-porte"). It becomes active only by a decision of the territory's committee (CLE), after a
/// review that it competes with no existing job, and is reviewed again every year.
/// </summary>
public class Activity : TrackedEntity, Data.IBelongsToTerritory
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>The territory whose committee reviews it: where the work is done.</summary>
    public int TerritoryId { get; set; }
    public string? Division { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? NafCode { get; set; }
    public List<string> Tags { get; set; } = [];
    public string? TargetCustomers { get; set; }
    public string? Place { get; set; }
    public string? PricingPolicy { get; set; }
    public ProposerKind ProposedByKind { get; set; }
    public string? ProposedBy { get; set; }
    public int? TerritoryNeedId { get; set; }
    public ActivityStatus Status { get; set; }
    public DateTime StatusSince { get; set; }
    public int? DecisionId { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? NextReviewOn { get; set; }
    public List<ActivityStatusChange> History { get; set; } = [];

    /// <summary>Running activities: on the public register and open to the planner.</summary>
    public static readonly IReadOnlyList<ActivityStatus> Running = [ActivityStatus.Active, ActivityStatus.Reorganised];

    public bool IsRunning => Running.Contains(Status);

    /// <summary>Moves the committee must decide: validating, reorganising, or abandoning what it already holds.</summary>
    public bool NeedsDecision(ActivityStatus to) => to switch
    {
        ActivityStatus.Active or ActivityStatus.Reorganised => true,
        ActivityStatus.Abandoned => Status is not (ActivityStatus.Idea or ActivityStatus.Consultation),
        _ => false,
    };

    private static readonly Dictionary<ActivityStatus, ActivityStatus[]> Moves = new()
    {
        [ActivityStatus.Idea] = [ActivityStatus.Consultation, ActivityStatus.Abandoned],
        [ActivityStatus.Consultation] = [ActivityStatus.CleReview, ActivityStatus.Idea, ActivityStatus.Abandoned],
        [ActivityStatus.CleReview] = [ActivityStatus.Active, ActivityStatus.Consultation, ActivityStatus.Abandoned],
        // An active activity's periodic review validates it again (Active → Active) or changes its scope.
        [ActivityStatus.Active] = [ActivityStatus.Active, ActivityStatus.Reorganised, ActivityStatus.Suspended, ActivityStatus.Abandoned],
        [ActivityStatus.Reorganised] = [ActivityStatus.Active, ActivityStatus.Reorganised, ActivityStatus.Suspended, ActivityStatus.Abandoned],
        [ActivityStatus.Suspended] = [ActivityStatus.Active, ActivityStatus.Abandoned],
        [ActivityStatus.Abandoned] = [],
    };

    public IReadOnlyList<ActivityStatus> NextStatuses => Moves[Status];

    public static Activity Propose(int organisationId, int territoryId, ActivityInput input, string by, DateTime at, string how = "Proposée")
    {
        var activity = new Activity { OrganisationId = organisationId, TerritoryId = territoryId, Status = ActivityStatus.Idea, StatusSince = at };
        activity.Describe(input);
        activity.History.Add(new ActivityStatusChange { From = ActivityStatus.Idea, To = ActivityStatus.Idea, At = at, By = by, Reason = how });
        return activity;
    }

    /// <summary>Changes what the activity is. Once abandoned it is history and stays as it was.</summary>
    public void Describe(ActivityInput input)
    {
        if (Status == ActivityStatus.Abandoned)
        {
            throw new BusinessRuleException("Cette activité est abandonnée : elle reste telle qu'elle était.");
        }
        if (input.Tags.Any(t => t is null || t.Length > 60))
        {
            throw ValidationFailedException.For("tags", "Un mot-clé ne peut dépasser 60 caractères.");
        }
        Name = input.Name.Trim();
        Division = Clean(input.Division);
        Description = Clean(input.Description);
        NafCode = Naf.Normalise(input.NafCode);
        Tags = input.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        TargetCustomers = Clean(input.TargetCustomers);
        Place = Clean(input.Place);
        PricingPolicy = Clean(input.PricingPolicy);
        ProposedByKind = input.ProposedByKind;
        ProposedBy = Clean(input.ProposedBy);
    }

    /// <summary>
    /// Moves the activity on its path. A move the committee must decide needs that decision, of this
    /// territory; a validation sets the next periodic review; a suspension says why.
    /// </summary>
    public void MoveTo(ActivityStatus to, DecisionRef? decision, string? reason, string by, DateTime at, ActivitySettings settings)
    {
        if (!NextStatuses.Contains(to))
        {
            throw new BusinessRuleException($"Une activité « {ActivityLabels.French(Status)} » ne peut pas passer à « {ActivityLabels.French(to)} ».");
        }
        if (NeedsDecision(to) && decision is null)
        {
            throw ValidationFailedException.For("decisionId",
                $"Passer à « {ActivityLabels.French(to)} » demande une décision du comité local pour l'emploi : enregistrez-la en réunion.");
        }
        if (decision is not null && decision.TerritoryId != TerritoryId)
        {
            throw ValidationFailedException.For("decisionId", "Cette décision est celle du comité d'un autre territoire.");
        }
        if (to is ActivityStatus.Suspended or ActivityStatus.Abandoned && decision is null && string.IsNullOrWhiteSpace(reason))
        {
            throw ValidationFailedException.For("reason", "Dites pourquoi l'activité est suspendue ou abandonnée.");
        }
        History.Add(new ActivityStatusChange { From = Status, To = to, At = at, By = by, Reason = Clean(reason), DecisionId = decision?.Id });
        Status = to;
        StatusSince = at;
        if (decision is not null)
        {
            DecisionId = decision.Id;
            DecidedOn = decision.DecidedOn;
        }
        NextReviewOn = Running.Contains(to) && decision is not null ? decision.DecidedOn.AddMonths(settings.ReviewMonths)
            : Running.Contains(to) ? NextReviewOn : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
