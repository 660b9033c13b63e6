namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// The CAPE's legal frame (Code de commerce L127-1 and R127-1): twelve months at most, renewable twice,
/// thirty-six months in all. These are the law's, not settings; a KPA may only ask for less.
/// </summary>
public static class CapeLimits
{
    public const int MonthsPerPeriod = 12;
    public const int Renewals = 2;
    public const int TotalMonths = 36;

    /// <summary>Months a period covers, a month begun counting as one: 1 January to 31 December is 12.</summary>
    public static int Months(DateOnly start, DateOnly lastDay)
    {
        if (lastDay < start)
        {
            return 0;
        }
        var whole = 0;
        while (start.AddMonths(whole + 1).AddDays(-1) <= lastDay)
        {
            whole++;
        }
        return start.AddMonths(whole).AddDays(-1) < lastDay ? whole + 1 : whole;
    }

    /// <summary>Whole months from one day to another: from 15 March to 14 May is 1, to 15 May is 2.</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = 0;
        while (from.AddMonths(months + 1) <= to)
        {
            months++;
        }
        return months;
    }

    /// <summary>The last day a period starting on <paramref name="start"/> may reach.</summary>
    public static DateOnly LatestEnd(DateOnly start) => start.AddMonths(MonthsPerPeriod).AddDays(-1);
}
