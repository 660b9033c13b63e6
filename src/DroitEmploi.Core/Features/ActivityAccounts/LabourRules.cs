using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>
/// Labour per activity. Each contract's paid hours (its weekly hours, day by day, suspensions aside) cost its hourly
/// wage with the responsibility bonus and the employer's contributions; a week's hours go to the activities in the
/// proportions of the week's published schedule, or, without one, in equal parts to the contract's activities (or its
/// divisions' activities), or to the structure when it has none — so that labour adds up to what the payroll pays.
/// </summary>
public static class LabourRules
{
    public static IReadOnlyList<LabourShare> Compute(
        int year, DateOnly lastDay, IReadOnlyList<LabourContract> contracts,
        IReadOnlyDictionary<(DateOnly Week, int ContractId), IReadOnlyDictionary<int, decimal>> scheduledMinutes,
        Func<DateOnly, decimal?> employerRateOn)
    {
        var shares = new Dictionary<(int? Activity, int Month, bool Ppde), (decimal Hours, decimal Cost)>();
        var end = lastDay < new DateOnly(year, 12, 31) ? lastDay : new DateOnly(year, 12, 31);
        foreach (var contract in contracts)
        {
            var buckets = new Dictionary<(int Month, DateOnly Week), (decimal Hours, decimal Cost)>();
            for (var day = new DateOnly(year, 1, 1); day <= end; day = day.AddDays(1))
            {
                var facts = contract.Facts.On(day);
                if (!facts.Working)
                {
                    continue;
                }
                var hours = facts.WeeklyHours / 7;
                var cost = hours * facts.HourlyWage * (1 + contract.Facts.BonusRate) * (1 + (employerRateOn(day) ?? 0));
                var key = (day.Month, IsoWeeks.MondayOf(day));
                var bucket = buckets.GetValueOrDefault(key);
                buckets[key] = (bucket.Hours + hours, bucket.Cost + cost);
            }
            foreach (var ((month, week), paid) in buckets)
            {
                foreach (var (activity, weight) in Weights(contract, scheduledMinutes.GetValueOrDefault((week, contract.Id))))
                {
                    var key = (activity, month, !contract.Facts.Supervisory);
                    var share = shares.GetValueOrDefault(key);
                    shares[key] = (share.Hours + paid.Hours * weight, share.Cost + paid.Cost * weight);
                }
            }
        }
        return shares.Select(s => new LabourShare(s.Key.Activity, s.Key.Month, s.Value.Hours, s.Value.Cost, s.Key.Ppde)).ToList();
    }

    private static IEnumerable<(int? Activity, decimal Weight)> Weights(LabourContract contract, IReadOnlyDictionary<int, decimal>? scheduled)
    {
        var total = scheduled?.Values.Sum() ?? 0;
        if (total > 0)
        {
            return scheduled!.Select(s => ((int?)s.Key, s.Value / total));
        }
        if (contract.DefaultActivityIds.Count > 0)
        {
            return contract.DefaultActivityIds.Select(a => ((int?)a, 1m / contract.DefaultActivityIds.Count));
        }
        return [(null, 1m)];
    }
}
