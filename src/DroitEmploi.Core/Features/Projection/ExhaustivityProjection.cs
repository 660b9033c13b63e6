using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.Core.Features.Projection;

/// <summary>
/// When would nobody be waiting, and what would it take by the ambition's date. Each month the list gains the new
/// candidacies and loses the hires and the other exits; at the current pace it empties when the hires and exits
/// outrun the candidacies, never otherwise. Reaching an empty list by the target month takes
/// ⌈(waiting + (candidacies − exits) × months) / months⌉ hires a month, each for the average weekly hours, which the
/// State funds at its rate of the SMIC for every ETP and the département at its share of that.
/// </summary>
public static class ExhaustivityProjection
{
    public sealed record Result(
        DateOnly? MonthWhenNobodyWaits, int? MonthsToTarget, int? HiresNeededPerMonth, int? ExtraHiresPerMonth,
        decimal EtpPerHire, decimal? EtpAdded, decimal? StatePerYear, decimal? DepartmentPerYear, IReadOnlyList<ProjectionMonth> Months);

    public static Result Compute(int waiting, ProjectionPace pace, DateOnly today, DateOnly? target, FundingRates rates)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var net = pace.NewCandidaciesPerMonth - pace.HiresPerMonth - pace.ListExitsPerMonth;
        DateOnly? empty = waiting == 0 ? thisMonth
            : net < 0 ? thisMonth.AddMonths((int)Math.Ceiling(waiting / -net)) : null;

        int? months = target is { } t && t > today ? Math.Max(1, (t.Year - today.Year) * 12 + t.Month - today.Month) : null;
        int? needed = months is { } m ? Math.Max(0, (int)Math.Ceiling((waiting + (pace.NewCandidaciesPerMonth - pace.ListExitsPerMonth) * m) / m)) : null;
        var etpPerHire = Math.Round(pace.AverageWeeklyHours / rates.LegalWeeklyHours, 4);
        decimal? etpAdded = needed is { } n && months is { } mm ? Math.Round(n * mm * etpPerHire, 2) : null;
        decimal? state = etpAdded is { } etp ? FundingRules.Cents(etp * rates.StatePerEtpMonth * 12) : null;
        decimal? department = state is { } s ? FundingRules.Cents(s * rates.DepartmentShareOfState) : null;

        var horizon = Math.Min(60, Math.Max(months ?? 0, Math.Max(empty is { } e ? (e.Year - thisMonth.Year) * 12 + e.Month - thisMonth.Month : 24, 12)));
        var projected = Enumerable.Range(1, horizon).Select(i => new ProjectionMonth(thisMonth.AddMonths(i), null,
            Math.Max(0, waiting + net * i),
            needed is { } h ? Math.Max(0, waiting + (pace.NewCandidaciesPerMonth - pace.ListExitsPerMonth - h) * i) : null)).ToList();
        return new Result(empty, months, needed, needed is { } hires ? Math.Max(0, hires - (int)Math.Ceiling(pace.HiresPerMonth)) : null,
            etpPerHire, etpAdded, state, department, projected);
    }
}
