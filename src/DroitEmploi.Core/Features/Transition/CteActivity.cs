using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// An activity of the transition cooperative (bike repair, market gardening…), usually carried by a holder: its monthly
/// results feed the pool; once profitable it may spin off as a business of its own, followed up at 6, 12 and 24 months.
/// </summary>
public class CteActivity : TrackedEntity
{
    public int Id { get; set; }
    public int CteId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The member who carries it, if one does.</summary>
    public int? HolderId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? SpunOffOn { get; set; }
    public string? Siren { get; set; }
    public List<ActivityResult> Results { get; set; } = [];
    public List<SpinOffFollowUp> FollowUps { get; set; } = [];

    public static readonly int[] Milestones = [6, 12, 24];

    public static CteActivity Start(int cteId, CteActivityInput input, CteMember? holder)
    {
        if (input.HolderId is not null && (holder is null || holder.CteId != cteId))
        {
            throw ValidationFailedException.For("holderId", "Ce ou cette sociétaire n'est pas de la CTE.");
        }
        return new CteActivity { CteId = cteId, Name = input.Name.Trim(), HolderId = holder?.Id, StartedOn = input.StartedOn!.Value };
    }

    /// <summary>Records a month's turnover and costs (a correction replaces the month), never before the activity started nor after it left.</summary>
    public void RecordResult(DateOnly month, decimal turnover, decimal costs)
    {
        month = new DateOnly(month.Year, month.Month, 1);
        if (month < new DateOnly(StartedOn.Year, StartedOn.Month, 1))
        {
            throw ValidationFailedException.For("month", $"L'activité a commencé le {StartedOn:dd/MM/yyyy}.");
        }
        if (SpunOffOn is { } spun && month > spun)
        {
            throw ValidationFailedException.For("month", $"L'activité a essaimé le {spun:dd/MM/yyyy} : ses résultats ne sont plus mis en commun.");
        }
        Results.RemoveAll(r => r.Month == month);
        Results.Add(new ActivityResult { Month = month, Turnover = turnover, Costs = costs });
        Results.Sort((a, b) => a.Month.CompareTo(b.Month));
    }

    /// <summary>The activity leaves the cooperative as a business of its own, with its SIREN: once, after it started.</summary>
    public void SpinOff(DateOnly on, string siren)
    {
        if (SpunOffOn is not null)
        {
            throw new BusinessRuleException($"L'activité a déjà essaimé le {SpunOffOn:dd/MM/yyyy}.");
        }
        if (!Commerce.Siren.IsSiren(siren))
        {
            throw ValidationFailedException.For("siren", "Le SIREN compte 9 chiffres avec une clé valide.");
        }
        if (on < StartedOn)
        {
            throw ValidationFailedException.For("on", $"L'activité a commencé le {StartedOn:dd/MM/yyyy}.");
        }
        if (Results.Any(r => r.Month > on))
        {
            throw ValidationFailedException.For("on", "Des résultats sont enregistrés après cette date : l'essaimage ne peut les précéder.");
        }
        SpunOffOn = on;
        Siren = new string(siren.Where(char.IsAsciiDigit).ToArray());
    }

    /// <summary>The day a follow-up falls due: 6, 12 or 24 months after the spin-off.</summary>
    public DateOnly? DueOn(int milestone) => SpunOffOn?.AddMonths(milestone);

    /// <summary>News at a milestone, once each, not before a month ahead of its date.</summary>
    public void FollowUp(int milestone, DateOnly on, bool stillActive, int jobs, string? note)
    {
        if (SpunOffOn is null)
        {
            throw new BusinessRuleException("L'activité n'a pas essaimé : il n'y a pas de suivi à faire.");
        }
        if (!Milestones.Contains(milestone))
        {
            throw ValidationFailedException.For("milestone", "Le suivi se fait à 6, 12 et 24 mois.");
        }
        if (FollowUps.Any(f => f.Milestone == milestone))
        {
            throw new BusinessRuleException($"Le suivi à {milestone} mois est déjà enregistré.");
        }
        if (on < DueOn(milestone)!.Value.AddMonths(-1))
        {
            throw ValidationFailedException.For("on", $"Le suivi à {milestone} mois se fait à partir du {DueOn(milestone)!.Value.AddMonths(-1):dd/MM/yyyy}.");
        }
        FollowUps.Add(new SpinOffFollowUp { Milestone = milestone, RecordedOn = on, StillActive = stillActive, Jobs = jobs, Note = TextInput.Optional(note) });
    }
}
