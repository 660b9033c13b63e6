namespace DroitEmploi.Core.Features.Employment;

public sealed record ContractDetails(
    int Id, int TerritoryId, int OrganisationId, string OrganisationName, int? PersonId, string EmployeeName, DateOnly StartDate,
    decimal WeeklyHours, decimal HourlyWage, decimal WeeklyHoursToday, decimal HourlyWageToday, decimal ResponsibilityBonusRate,
    bool IsSupervisoryNonPpde, IReadOnlyList<string> Divisions, IReadOnlyList<string> Activities,
    DateOnly? ExitDate, ExitReason? ExitReason, bool? PositiveExit, string? ExitNote,
    IReadOnlyList<AmendmentView> Amendments, IReadOnlyList<SuspensionView> Suspensions,
    IReadOnlyList<SkillView> Skills, IReadOnlyList<TrainingView> Trainings, bool CanManage, int Version, bool HasAccount = false)
{
    public ContractInput ToInput() => new()
    {
        ResponsibilityBonusRate = ResponsibilityBonusRate,
        Divisions = [.. Divisions],
        Activities = [.. Activities],
        Version = Version,
    };
}
