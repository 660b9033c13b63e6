using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;

namespace DroitEmploi.Core.Features.Employment;

/// <summary>
/// A CDI "à temps choisi" in an EBE: the person chose the weekly hours. Amendments change hours or wage
/// from a date; suspensions (a trial job elsewhere, a training) stop the funding with the right to come back.
/// </summary>
public class EmploymentContract : TrackedEntity, IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The volunteer hired; null only for supervisory staff who are not PPDE.</summary>
    public int? PersonId { get; set; }
    public int? ProposalId { get; set; }
    /// <summary>Shown name: the person's, or the staff member's for supervisory non-PPDE staff.</summary>
    public string EmployeeName { get; set; } = "";
    /// <summary>The account of the employee, to see their own contract on their phone.</summary>
    public string? EmployeeUserId { get; set; }
    public DateOnly StartDate { get; set; }
    public decimal WeeklyHours { get; set; }
    public decimal HourlyWage { get; set; }
    /// <summary>e.g. 0.10 for the +10 % some EBE pay employees who take responsibilities.</summary>
    public decimal ResponsibilityBonusRate { get; set; }
    public bool IsSupervisoryNonPpde { get; set; }
    public List<string> Divisions { get; set; } = [];
    public List<string> Activities { get; set; } = [];
    public DateOnly? ExitDate { get; set; }
    public ExitReason? ExitReason { get; set; }
    public string? ExitNote { get; set; }
    public List<ContractAmendment> Amendments { get; set; } = [];
    public List<ContractSuspension> Suspensions { get; set; } = [];
    public List<EmployeeSkill> Skills { get; set; } = [];
    public List<TrainingRecord> Trainings { get; set; } = [];

    /// <summary>No hour is paid under the SMIC in force on the day the wage applies.</summary>
    public static void EnsureAtLeastSmic(decimal wage, decimal smic, DateOnly from)
    {
        if (wage < smic)
        {
            throw ValidationFailedException.For("hourlyWage", $"Le salaire horaire ({wage:0.00} €) est inférieur au SMIC en vigueur le {from:dd/MM/yyyy} ({smic:0.00} €).");
        }
    }

    /// <summary>
    /// New hours (and wage) from a date after the start and before the exit, one amendment a date; the
    /// wage stays what it was unless given, never under the SMIC of that date.
    /// </summary>
    public ContractAmendment Amend(DateOnly from, decimal weeklyHours, decimal? hourlyWage, decimal smicOnThatDate, string? note, string by)
    {
        if (from <= StartDate)
        {
            throw ValidationFailedException.For("effectiveFrom", $"Un avenant prend effet après le début du contrat ({StartDate:dd/MM/yyyy}).");
        }
        if (ExitDate is { } exit && from > exit)
        {
            throw ValidationFailedException.For("effectiveFrom", $"Le contrat a pris fin le {exit:dd/MM/yyyy}.");
        }
        if (Amendments.Any(a => a.EffectiveFrom == from))
        {
            throw ValidationFailedException.For("effectiveFrom", "Un avenant prend déjà effet à cette date.");
        }
        var wage = hourlyWage ?? Math.Max(ContractFacts.Of(this).On(from.AddDays(-1)).HourlyWage, smicOnThatDate);
        EnsureAtLeastSmic(wage, smicOnThatDate, from);
        var amendment = new ContractAmendment { EffectiveFrom = from, WeeklyHours = weeklyHours, HourlyWage = wage, Note = TextInput.Optional(note), By = by };
        Amendments.Add(amendment);
        return amendment;
    }

    /// <summary>A suspension (a trial job elsewhere, a training): within the contract, overlapping no other.</summary>
    public ContractSuspension Suspend(DateOnly start, DateOnly? end, SuspensionReason reason, string? note, string by)
    {
        CheckSuspension(start, end, except: null);
        var suspension = new ContractSuspension { Start = start, End = end, Reason = reason, Note = TextInput.Optional(note), By = by };
        Suspensions.Add(suspension);
        return suspension;
    }

    /// <summary>The person comes back: the suspension ends on the given day.</summary>
    public void EndSuspension(int suspensionId, DateOnly? end)
    {
        var suspension = Suspensions.SingleOrDefault(s => s.Id == suspensionId) ?? throw new NotFoundException("Cette suspension n'existe pas.");
        CheckSuspension(suspension.Start, end, except: suspension);
        suspension.End = end;
    }

    /// <summary>The contract ends on a date, once, not before the start nor before a later amendment or suspension; open suspensions end with it.</summary>
    public void Exit(DateOnly date, ExitReason reason, string? note)
    {
        if (ExitDate is not null)
        {
            throw new BusinessRuleException($"Ce contrat a déjà pris fin le {ExitDate:dd/MM/yyyy}.");
        }
        if (date < StartDate)
        {
            throw ValidationFailedException.For("date", $"La sortie ne peut précéder l'embauche ({StartDate:dd/MM/yyyy}).");
        }
        if (Amendments.Any(a => a.EffectiveFrom > date) || Suspensions.Any(s => s.Start > date))
        {
            throw ValidationFailedException.For("date", "Un avenant ou une suspension commence après cette date : corrigez-les d'abord.");
        }
        foreach (var open in Suspensions.Where(s => s.End is null || s.End > date))
        {
            open.End = date;
        }
        ExitDate = date;
        ExitReason = reason;
        ExitNote = TextInput.Optional(note);
    }

    private void CheckSuspension(DateOnly start, DateOnly? end, ContractSuspension? except)
    {
        if (start < StartDate)
        {
            throw ValidationFailedException.For("start", $"Une suspension commence après l'embauche ({StartDate:dd/MM/yyyy}).");
        }
        if (end is { } last && last < start)
        {
            throw ValidationFailedException.For("end", "La fin de la suspension précède son début.");
        }
        if (ExitDate is { } exit && (start > exit || end is null || end > exit))
        {
            throw ValidationFailedException.For("start", $"Le contrat a pris fin le {exit:dd/MM/yyyy} : la suspension doit s'achever avant.");
        }
        var overlapping = Suspensions.Where(s => s != except).FirstOrDefault(s =>
            start <= (s.End ?? DateOnly.MaxValue) && s.Start <= (end ?? DateOnly.MaxValue));
        if (overlapping is not null)
        {
            throw ValidationFailedException.For("start",
                $"Cette période chevauche la suspension du {overlapping.Start:dd/MM/yyyy}{(overlapping.End is { } e ? $" au {e:dd/MM/yyyy}" : " (toujours en cours)")}.");
        }
    }

    /// <summary>The employee's own account, through which she reads her contract and her weeks; set once.</summary>
    public void LinkAccount(string userId)
    {
        if (EmployeeUserId is not null)
        {
            throw ValidationFailedException.For("contractId", "Ce contrat est déjà relié à un compte.");
        }
        EmployeeUserId = userId;
    }
}
