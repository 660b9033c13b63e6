using DroitEmploi.Core.Features.Cooperatives;

namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>
/// An EBE's activity accounts, month by month: each activity's revenue, direct costs and labour; the structure's
/// overheads (purchases and labour on no activity) shared by the hours each activity used that month; the public
/// funding shared by the hours of people deprived of employment. Every split adds up to the cent.
/// </summary>
public static class ActivityAccountRules
{
    public static IReadOnlyList<AccountMonth> Months(
        IReadOnlyList<AccountActivity> activities, int monthsCounted, IReadOnlyList<MonthAmount> revenue, IReadOnlyList<MonthAmount> costs,
        IReadOnlyList<LabourShare> labour, IReadOnlyList<MonthAmount> funding, decimal monthlyFullTimeHours)
    {
        var months = new List<AccountMonth>();
        for (var month = 1; month <= monthsCounted; month++)
        {
            var m = month;
            decimal Sum(IEnumerable<MonthAmount> amounts, int? activity) => amounts.Where(a => a.Month == m && a.ActivityId == activity).Sum(a => a.Amount);
            var hours = activities.Select(a => (a.Id, Hours: labour.Where(l => l.Month == m && l.ActivityId == a.Id).Sum(l => l.Hours))).ToList();
            var ppdeHours = activities.Select(a => (a.Id, Hours: labour.Where(l => l.Month == m && l.ActivityId == a.Id && l.Ppde).Sum(l => l.Hours))).ToList();
            var overheads = Cents(Sum(costs, null) + labour.Where(l => l.Month == m && l.ActivityId is null).Sum(l => l.Cost));
            var fundingOfMonth = Cents(funding.Where(f => f.Month == m).Sum(f => f.Amount));
            var overheadShares = Apportionment.Split(overheads, hours.Select(h => (h.Id, h.Hours)).ToList());
            var fundingShares = Apportionment.Split(fundingOfMonth, ppdeHours.Select(h => (h.Id, h.Hours)).ToList());

            var lines = activities.Select(a =>
            {
                var activityHours = hours.Single(h => h.Id == a.Id).Hours;
                return new ActivityResult(a.Id, a.Name, a.Division, Cents(Sum(revenue, a.Id)), Cents(Sum(costs, a.Id)),
                    Cents(labour.Where(l => l.Month == m && l.ActivityId == a.Id).Sum(l => l.Cost)), overheadShares.GetValueOrDefault(a.Id),
                    Math.Round(activityHours, 2), Etp(activityHours, monthlyFullTimeHours, 1), fundingShares.GetValueOrDefault(a.Id));
            }).ToList();
            // What no activity took (no hours on any activity that month) stays with the structure.
            var structureHours = labour.Where(l => l.Month == m && l.ActivityId is null).Sum(l => l.Hours);
            lines.Add(new ActivityResult(null, "Structure (non affecté)", null, Cents(Sum(revenue, null)), 0, 0,
                overheads - overheadShares.Values.Sum(), Math.Round(structureHours, 2), Etp(structureHours, monthlyFullTimeHours, 1),
                fundingOfMonth - fundingShares.Values.Sum()));
            months.Add(new AccountMonth(month, lines));
        }
        return months;
    }

    /// <summary>Each activity over the months counted: the sums of its months, its ETP the average of theirs.</summary>
    public static IReadOnlyList<ActivityResult> Totals(IReadOnlyList<AccountMonth> months) =>
        months.SelectMany(m => m.Activities).GroupBy(a => a.ActivityId).Select(g => new ActivityResult(
            g.Key, g.First().Name, g.First().Division, g.Sum(a => a.Revenue), g.Sum(a => a.DirectCosts), g.Sum(a => a.Labour), g.Sum(a => a.Overheads),
            g.Sum(a => a.Hours), months.Count == 0 ? 0 : Math.Round(g.Sum(a => a.Etp) / months.Count, 2), g.Sum(a => a.Funding))).ToList();

    /// <summary>
    /// The péréquation between the activities (the structure aside), once each has its share of the public funding its
    /// jobs bring: who carries, who is carried.
    /// </summary>
    public static Equalisation Equalise(IReadOnlyList<ActivityResult> totals)
    {
        var activities = totals.Where(t => t.ActivityId is not null).ToList();
        var carriers = activities.Where(a => a.ResultAfterFunding > 0).OrderByDescending(a => a.ResultAfterFunding).ToList();
        var carried = activities.Where(a => a.ResultAfterFunding < 0).OrderBy(a => a.ResultAfterFunding).ToList();
        return new Equalisation(carriers.Sum(a => a.ResultAfterFunding), -carried.Sum(a => a.ResultAfterFunding), carriers, carried);
    }

    private static decimal Etp(decimal hours, decimal monthlyFullTimeHours, int months) =>
        monthlyFullTimeHours == 0 ? 0 : Math.Round(hours / monthlyFullTimeHours / months, 2);

    private static decimal Cents(decimal amount) => Employment.FundingRules.Cents(amount);
}
