namespace DroitEmploi.Core.Features.Employment;

/// <summary>The plain facts of a contract the rules need, without the database.</summary>
public sealed record ContractFacts(
    DateOnly Start, DateOnly? Exit, decimal WeeklyHours, decimal HourlyWage, decimal BonusRate, bool Supervisory,
    IReadOnlyList<(DateOnly From, decimal WeeklyHours, decimal HourlyWage)> Amendments,
    IReadOnlyList<(DateOnly Start, DateOnly? End)> Suspensions)
{
    public static ContractFacts Of(EmploymentContract contract) => new(
        contract.StartDate, contract.ExitDate, contract.WeeklyHours, contract.HourlyWage, contract.ResponsibilityBonusRate,
        contract.IsSupervisoryNonPpde,
        contract.Amendments.OrderBy(a => a.EffectiveFrom).Select(a => (a.EffectiveFrom, a.WeeklyHours, a.HourlyWage)).ToList(),
        contract.Suspensions.Select(s => (s.Start, s.End)).ToList());

    /// <summary>The contract on a day: the exit day is the last day worked.</summary>
    public ContractDay On(DateOnly day)
    {
        if (day < Start || (Exit is { } exit && day > exit))
        {
            return new ContractDay(false, false, 0, 0);
        }
        var hours = WeeklyHours;
        var wage = HourlyWage;
        foreach (var amendment in Amendments)
        {
            if (amendment.From <= day)
            {
                hours = amendment.WeeklyHours;
                wage = amendment.HourlyWage;
            }
        }
        var suspended = Suspensions.Any(s => s.Start <= day && (s.End is null || day <= s.End));
        return new ContractDay(true, suspended, hours, wage);
    }
}
