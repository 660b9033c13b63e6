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
}

public class ContractAmendment
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public decimal WeeklyHours { get; set; }
    public decimal HourlyWage { get; set; }
    public string? Note { get; set; }
    public string By { get; set; } = "";
}

public class ContractSuspension
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly Start { get; set; }
    /// <summary>The last day suspended; null while the person has not come back yet.</summary>
    public DateOnly? End { get; set; }
    public SuspensionReason Reason { get; set; }
    public string? Note { get; set; }
    public string By { get; set; } = "";
}

public enum SuspensionReason
{
    TrialJobElsewhere,
    Training,
    Other,
}

public enum ExitReason
{
    JobElsewhereCdi,
    JobElsewhereCddSixMonthsOrMore,
    Training,
    BusinessCreation,
    Retirement,
    Resignation,
    Dismissal,
    Death,
    Other,
}

public class EmployeeSkill
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public string Skill { get; set; } = "";
    public SkillLevel Level { get; set; }
}

public enum SkillLevel
{
    Acquired,
    InTraining,
    CanTeach,
}

public class TrainingRecord
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public TrainingKind Kind { get; set; }
    public string Title { get; set; } = "";
}

public enum TrainingKind
{
    Peer,
    ExternalCourse,
    Vae,
}
