using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// Useful work the territory lacks (travaux utiles), reported by anyone with an account — often an
/// employee who saw it on her round. The CLE team studies it; it may become an activity.
/// </summary>
public class TerritoryNeed : TrackedEntity, Data.IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public string What { get; set; } = "";
    public string? Where { get; set; }
    public string? ForWhom { get; set; }
    public string ReportedBy { get; set; } = "";
    public DateTime ReportedAt { get; set; }
    public NeedStatus Status { get; set; }
    public string? DropReason { get; set; }
    public int? ActivityId { get; set; }

    public static TerritoryNeed Report(int territoryId, NeedInput input, string by, DateTime at) => new()
    {
        TerritoryId = territoryId,
        What = input.What.Trim(),
        Where = string.IsNullOrWhiteSpace(input.Where) ? null : input.Where.Trim(),
        ForWhom = string.IsNullOrWhiteSpace(input.ForWhom) ? null : input.ForWhom.Trim(),
        ReportedBy = by,
        ReportedAt = at,
        Status = NeedStatus.New,
    };

    public void Study() => Move(NeedStatus.Studied);

    public void Drop(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ValidationFailedException.For("reason", "Dites pourquoi ce besoin est écarté : la personne qui l'a signalé le lira.");
        }
        Move(NeedStatus.Dropped);
        DropReason = reason.Trim();
    }

    /// <summary>The need became this activity (proposed from it).</summary>
    public void Became(int activityId)
    {
        Move(NeedStatus.BecameActivity);
        ActivityId = activityId;
    }

    private void Move(NeedStatus to)
    {
        if (Status is NeedStatus.BecameActivity or NeedStatus.Dropped)
        {
            throw new BusinessRuleException($"Ce besoin est déjà {ActivityLabels.French(Status)}.");
        }
        Status = to;
    }
}
