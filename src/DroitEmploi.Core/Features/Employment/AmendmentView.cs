namespace DroitEmploi.Core.Features.Employment;

public sealed record AmendmentView(int Id, DateOnly EffectiveFrom, decimal WeeklyHours, decimal HourlyWage, string? Note, string By);
