namespace DroitEmploi.Core.Features.Employment;

/// <summary>Employment figures of an EBE or a territory.</summary>
public sealed record EmploymentFigures(
    string Scope, int Headcount, decimal EtpThisMonth, IReadOnlyList<MonthCount> ByMonth, IReadOnlyList<ExitReasonCount> ExitsByReason,
    decimal? PositiveExitRate, int? MedianDaysFromCandidacyToHire, IReadOnlyList<People.AgeBandCount> AgeBands, decimal? WomenShare,
    int JobsCreated, int? AmbitionJobs, DateOnly? AmbitionDate);
