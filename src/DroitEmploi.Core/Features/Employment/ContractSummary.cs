namespace DroitEmploi.Core.Features.Employment;

public sealed record ContractSummary(
    int Id, int OrganisationId, int? PersonId, string EmployeeName, DateOnly StartDate, decimal WeeklyHoursToday,
    bool IsSupervisoryNonPpde, bool SuspendedToday, DateOnly? ExitDate, ExitReason? ExitReason, IReadOnlyList<string> Activities);
