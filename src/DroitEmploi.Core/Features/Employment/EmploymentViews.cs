namespace DroitEmploi.Core.Features.Employment;

public sealed record ContractSummary(
    int Id, int OrganisationId, int? PersonId, string EmployeeName, DateOnly StartDate, decimal WeeklyHoursToday,
    bool IsSupervisoryNonPpde, bool SuspendedToday, DateOnly? ExitDate, ExitReason? ExitReason, IReadOnlyList<string> Activities);

public sealed record ContractDetails(
    int Id, int TerritoryId, int OrganisationId, string OrganisationName, int? PersonId, string EmployeeName, DateOnly StartDate,
    decimal WeeklyHours, decimal HourlyWage, decimal WeeklyHoursToday, decimal HourlyWageToday, decimal ResponsibilityBonusRate,
    bool IsSupervisoryNonPpde, IReadOnlyList<string> Divisions, IReadOnlyList<string> Activities,
    DateOnly? ExitDate, ExitReason? ExitReason, bool? PositiveExit, string? ExitNote,
    IReadOnlyList<AmendmentView> Amendments, IReadOnlyList<SuspensionView> Suspensions,
    IReadOnlyList<SkillView> Skills, IReadOnlyList<TrainingView> Trainings, bool CanManage, int Version)
{
    public ContractInput ToInput() => new()
    {
        ResponsibilityBonusRate = ResponsibilityBonusRate,
        Divisions = [.. Divisions],
        Activities = [.. Activities],
        Version = Version,
    };
}

public sealed record AmendmentView(int Id, DateOnly EffectiveFrom, decimal WeeklyHours, decimal HourlyWage, string? Note, string By);

public sealed record SuspensionView(int Id, DateOnly Start, DateOnly? End, SuspensionReason Reason, string? Note, string By);

public sealed record SkillView(int Id, string Skill, SkillLevel Level);

public sealed record TrainingView(int Id, DateOnly Date, decimal Hours, TrainingKind Kind, string Title);

public sealed record EtpLine(int ContractId, string EmployeeName, bool Supervisory, decimal Etp);

/// <summary>ETP of a month for an EBE, contract by contract, with the supervisory share and what is fundable.</summary>
public sealed record EtpStatement(
    int OrganisationId, string OrganisationName, int Year, int Month, IReadOnlyList<EtpLine> Lines,
    decimal TotalEtp, decimal SupervisoryEtp, decimal SupervisoryShare, decimal FundableEtp, decimal SupervisoryFundableShare);

/// <summary>One month of the funding statement; amounts in euros rounded to the cent.</summary>
public sealed record FundingLine(
    int Month, decimal Etp, decimal SupervisoryEtp, decimal FundableEtp, decimal SmicHourly, decimal StateRate,
    decimal StateAmount, decimal DepartmentAmount, decimal PublicAmount, decimal GrossPayroll,
    decimal? PublicPerEtp, decimal? PayPerEtp, bool PublicFundingExceedsPay);

public sealed record FundingStatement(
    int OrganisationId, string OrganisationName, int Year, IReadOnlyList<FundingLine> Months,
    decimal StateTotal, decimal DepartmentTotal, decimal PublicTotal, decimal GrossPayrollTotal,
    decimal DecemberEtp, decimal PreviousDecemberEtp, decimal SeedGrantEtp, decimal SeedGrantAmount,
    int MonthsWherePublicFundingExceedsPay);

public sealed record MonthCount(string Month, int Hires, int Exits, decimal Etp);

public sealed record ExitReasonCount(ExitReason Reason, bool Positive, int Count);

/// <summary>Employment figures of an EBE or a territory.</summary>
public sealed record EmploymentFigures(
    string Scope, int Headcount, decimal EtpThisMonth, IReadOnlyList<MonthCount> ByMonth, IReadOnlyList<ExitReasonCount> ExitsByReason,
    decimal? PositiveExitRate, int? MedianDaysFromCandidacyToHire, IReadOnlyList<People.AgeBandCount> AgeBands, decimal? WomenShare,
    int JobsCreated, int? AmbitionJobs, DateOnly? AmbitionDate);
