using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.UnitTests.Features.Employment;

public class FullTimeEquivalentTests
{
    private const decimal Legal = 35m;

    [Fact]
    public void A_full_time_contract_all_month_is_one_etp() =>
        Assert.Equal(1m, FullTimeEquivalent.ForMonth(Contract(new DateOnly(2026, 1, 1), 35), 2026, 3, Legal));

    [Fact]
    public void A_contract_starting_mid_month_counts_from_its_first_day()
    {
        // 16 to 30 September: 15 days of 30.
        var etp = FullTimeEquivalent.ForMonth(Contract(new DateOnly(2026, 9, 16), 35), 2026, 9, Legal);
        Assert.Equal(0.5m, etp);
    }

    [Fact]
    public void Chosen_hours_are_prorated_on_the_legal_full_time()
    {
        var etp = FullTimeEquivalent.ForMonth(Contract(new DateOnly(2026, 1, 1), 24), 2026, 4, Legal);
        Assert.Equal(24m / 35m, etp, 10);
    }

    [Fact]
    public void A_suspension_across_two_months_removes_its_days_from_each()
    {
        var contract = Contract(new DateOnly(2025, 6, 1), 24, suspensions: [(new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10))]);
        Assert.Equal(19m / 31m * 24m / 35m, FullTimeEquivalent.ForMonth(contract, 2026, 1, Legal), 10);
        Assert.Equal(18m / 28m * 24m / 35m, FullTimeEquivalent.ForMonth(contract, 2026, 2, Legal), 10);
    }

    [Fact]
    public void An_open_suspension_stops_everything_until_the_return()
    {
        var contract = Contract(new DateOnly(2025, 6, 1), 24, suspensions: [(new DateOnly(2026, 3, 1), null)]);
        Assert.Equal(0m, FullTimeEquivalent.ForMonth(contract, 2026, 4, Legal));
    }

    [Fact]
    public void Hours_amended_mid_month_apply_from_their_date()
    {
        var contract = Contract(new DateOnly(2025, 1, 1), 24, amendments: [(new DateOnly(2026, 3, 16), 35m, 12.02m)]);
        Assert.Equal((15m * 24m + 16m * 35m) / 35m / 31m, FullTimeEquivalent.ForMonth(contract, 2026, 3, Legal), 10);
    }

    [Fact]
    public void Leap_year_february_has_twenty_nine_days()
    {
        var etp = FullTimeEquivalent.ForMonth(Contract(new DateOnly(2024, 2, 15), 35), 2024, 2, Legal);
        Assert.Equal(15m / 29m, etp, 10);
    }

    [Fact]
    public void The_exit_day_is_the_last_day_under_contract()
    {
        var contract = Contract(new DateOnly(2025, 1, 1), 35, exit: new DateOnly(2026, 4, 10));
        Assert.Equal(10m / 30m, FullTimeEquivalent.ForMonth(contract, 2026, 4, Legal), 10);
        Assert.Equal(0m, FullTimeEquivalent.ForMonth(contract, 2026, 5, Legal));
    }

    [Fact]
    public void Gross_pay_follows_the_smic_when_the_wage_fell_behind_it()
    {
        var contract = Contract(new DateOnly(2023, 7, 1), 35, wage: 11.52m);
        Assert.Equal(12.02m * 151.67m, FullTimeEquivalent.GrossPayForMonth(contract, 2026, 3, Legal, 151.67m, smicHourly: 12.02m), 6);
        var paidMore = Contract(new DateOnly(2023, 7, 1), 35, wage: 14m, bonus: 0.10m);
        Assert.Equal(14m * 1.10m * 151.67m, FullTimeEquivalent.GrossPayForMonth(paidMore, 2026, 3, Legal, 151.67m, smicHourly: 12.02m), 6);
    }

    internal static ContractFacts Contract(
        DateOnly start, decimal hours, decimal wage = 12.02m, decimal bonus = 0, bool supervisory = false, DateOnly? exit = null,
        (DateOnly, decimal, decimal)[]? amendments = null, (DateOnly, DateOnly?)[]? suspensions = null) =>
        new(start, exit, hours, wage, bonus, supervisory, amendments ?? [], suspensions ?? []);
}
