using DroitEmploi.Core.Features.ActivityAccounts;
using static DroitEmploi.UnitTests.Features.Employment.FullTimeEquivalentTests;

namespace DroitEmploi.UnitTests.Features.ActivityAccounts;

public class LabourRulesTests
{
    private static readonly DateOnly EndOfMarch = new(2025, 3, 31);
    private static readonly Dictionary<(DateOnly Week, int ContractId), IReadOnlyDictionary<int, decimal>> NoSchedule = [];

    private static decimal Hours(IEnumerable<LabourShare> shares, int? activity, int month = 3) => shares.Where(s => s.ActivityId == activity && s.Month == month).Sum(s => s.Hours);

    private static decimal Cost(IEnumerable<LabourShare> shares, int? activity, int month = 3) => shares.Where(s => s.ActivityId == activity && s.Month == month).Sum(s => s.Cost);

    [Fact]
    public void Without_a_schedule_the_paid_hours_go_in_equal_parts_to_the_contracts_activities_at_the_employer_cost()
    {
        // 35 h a week over March's 31 days is 155 h; at 14 €/h with 10 % of contributions, 2,387 €.
        var contract = new LabourContract(1, Contract(new DateOnly(2025, 1, 1), 35, wage: 14m), [1, 2]);
        var shares = LabourRules.Compute(2025, EndOfMarch, [contract], NoSchedule, _ => 0.10m);

        Assert.Equal((77.5m, 77.5m), (Math.Round(Hours(shares, 1), 4), Math.Round(Hours(shares, 2), 4)));
        Assert.Equal(2_387m, Math.Round(Cost(shares, 1) + Cost(shares, 2), 2));
        Assert.DoesNotContain(shares, s => s.Month > 3);
    }

    [Fact]
    public void A_published_week_splits_that_weeks_hours_as_the_schedule_did()
    {
        var contract = new LabourContract(1, Contract(new DateOnly(2025, 1, 1), 35), [1, 2]);
        var schedule = new Dictionary<(DateOnly Week, int ContractId), IReadOnlyDictionary<int, decimal>>
        {
            [(new DateOnly(2025, 3, 3), 1)] = new Dictionary<int, decimal> { [1] = 600m, [2] = 200m },
        };
        var shares = LabourRules.Compute(2025, EndOfMarch, [contract], schedule, _ => null);

        // The week of 3 March: 35 h, three quarters to the first activity; the other 120 h of March in halves.
        Assert.Equal((86.25m, 68.75m), (Math.Round(Hours(shares, 1), 4), Math.Round(Hours(shares, 2), 4)));
    }

    [Fact]
    public void Supervisors_without_activity_are_the_structures_labour_and_suspended_days_are_not_paid()
    {
        var supervisor = new LabourContract(1, Contract(new DateOnly(2025, 1, 1), 35, supervisory: true), []);
        var suspended = new LabourContract(2, Contract(new DateOnly(2025, 1, 1), 35, suspensions: [(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31))]), [7]);
        var shares = LabourRules.Compute(2025, EndOfMarch, [supervisor, suspended], NoSchedule, _ => null);

        Assert.Equal(155m, Math.Round(Hours(shares, null), 4));
        Assert.All(shares.Where(s => s.ActivityId is null), s => Assert.False(s.Ppde));
        Assert.Equal(0m, Hours(shares, 7));
        Assert.True(Hours(shares, 7, month: 2) > 0);
    }
}
