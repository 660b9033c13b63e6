namespace DroitEmploi.Core.Features.Employment;

/// <summary>
/// Full-time equivalents (ETP) of a month: for each contract, the weekly hours in force each day over
/// the legal full time, counted only on days under contract and not suspended, averaged over the
/// days of the month. A 24 h contract all month is 24/35 = 0.686 ETP; starting on the 16th of a
/// 30-day month, half of that.
/// </summary>
public static class FullTimeEquivalent
{
    public static decimal ForMonth(ContractFacts contract, int year, int month, decimal legalWeeklyHours)
    {
        var days = DateTime.DaysInMonth(year, month);
        var first = new DateOnly(year, month, 1);
        var sum = 0m;
        for (var d = 0; d < days; d++)
        {
            var day = contract.On(first.AddDays(d));
            if (day.Working)
            {
                sum += day.WeeklyHours / legalWeeklyHours;
            }
        }
        return sum / days;
    }

    /// <summary>
    /// Estimated gross pay of the month: the hours worked each day at the wage in force — never below
    /// the SMIC of the month, which raises SMIC-paid wages by itself — with the responsibility bonus,
    /// where a full-time month is <paramref name="monthlyFullTimeHours"/> hours.
    /// </summary>
    public static decimal GrossPayForMonth(ContractFacts contract, int year, int month, decimal legalWeeklyHours, decimal monthlyFullTimeHours, decimal smicHourly)
    {
        var days = DateTime.DaysInMonth(year, month);
        var first = new DateOnly(year, month, 1);
        var sum = 0m;
        for (var d = 0; d < days; d++)
        {
            var day = contract.On(first.AddDays(d));
            if (day.Working)
            {
                sum += day.WeeklyHours / legalWeeklyHours * monthlyFullTimeHours * Math.Max(day.HourlyWage, smicHourly) * (1 + contract.BonusRate);
            }
        }
        return sum / days;
    }
}
