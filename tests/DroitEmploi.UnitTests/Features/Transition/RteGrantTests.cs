using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Transition;

namespace DroitEmploi.UnitTests.Features.Transition;

public class RteGrantTests
{
    private static readonly Cte Tera = new() { OrganisationId = 7, LocalCurrency = "Abeille" };

    private static CteMember Member(DateOnly? joined = null) =>
        new() { Id = 3, CteId = 7, Category = MemberCategory.Inhabitants, Name = "Julien", JoinedOn = joined ?? new DateOnly(2025, 9, 1) };

    private static RteGrid Grid(int number, DateOnly from, decimal alone, int? rsaCap = 300) => RteGrid.Adopt(7, number, new RteGridInput
    {
        ValidFrom = from,
        Rows =
        [
            new() { Household = Household.Alone, OtherIncomeUpTo = 500m, MonthlyAmount = alone },
            new() { Household = Household.Alone, OtherIncomeUpTo = null, MonthlyAmount = alone - 300m },
            new() { Household = Household.Couple, OtherIncomeUpTo = null, MonthlyAmount = 600m },
        ],
        Criteria = [new() { Code = "mobilite", Label = "Mobilité douce", MonthlySupplement = 50m }],
        InvestmentCeiling = 3_000m,
        TrainingCeiling = 1_500m,
        PoolContributionRate = 0.10m,
        RsaHoursCap = rsaCap,
        Source = "Assemblée générale",
    });

    private static RteGrantInput Input(Action<RteGrantInput>? change = null)
    {
        var input = new RteGrantInput
        {
            MemberId = 3,
            Kind = GrantKind.IncomeComplement,
            StartsOn = new DateOnly(2026, 1, 15),
            Months = 12,
            Household = Household.Alone,
            OtherMonthlyIncome = 400m,
            Criteria = ["MOBILITE"],
            LocalCurrencyShare = 0.85m,
            DecidedOn = new DateOnly(2025, 12, 10),
            Decision = "Conseil coopératif du 10/12/2025",
        };
        change?.Invoke(input);
        return input;
    }

    [Fact]
    public void The_amount_comes_from_the_grid_by_household_other_income_and_criteria_and_starts_on_the_first_of_the_month()
    {
        var grant = RteGrant.Decide(Tera, Member(), Grid(1, new DateOnly(2025, 1, 1), 815m), Input(), [], null);

        Assert.Equal(865m, grant.MonthlyAmount);
        Assert.Equal(865m * 12, grant.Total);
        Assert.Equal(new DateOnly(2026, 1, 1), grant.StartsOn);
        Assert.Equal(new DateOnly(2026, 12, 31), grant.EndsOn);
        // Above 500 € of other income the next line applies: 515 + 50.
        Assert.Equal(565m, RteGrant.Decide(Tera, Member(), Grid(1, new DateOnly(2025, 1, 1), 815m), Input(i => i.OtherMonthlyIncome = 900m), [], null).MonthlyAmount);
    }

    [Theory]
    [InlineData(865, 0.85, 735.25, 129.75)]
    [InlineData(865.01, 0.85, 735.26, 129.75)]
    [InlineData(333.33, 0.333, 111.0, 222.33)]
    [InlineData(100, 1, 100, 0)]
    public void Each_payment_in_the_local_currency_gives_two_lines_that_add_up_exactly_to_the_amount(double amount, double share, double local, double euros)
    {
        var grant = new RteGrant { LocalCurrencyShare = (decimal)share };

        var lines = grant.Split((decimal)amount);

        Assert.Equal(2, lines.Count);
        Assert.Equal((decimal)local, lines.Single(l => l.Currency == PaymentCurrency.LocalCurrency).Amount);
        Assert.Equal((decimal)euros, lines.Single(l => l.Currency == PaymentCurrency.Euro).Amount);
        Assert.Equal((decimal)amount, lines.Sum(l => l.Amount));
    }

    [Fact]
    public void A_grant_paid_in_euros_only_gives_one_line()
    {
        var lines = new RteGrant { LocalCurrencyShare = 0m }.Split(812.40m);

        Assert.Equal([(PaymentCurrency.Euro, 812.40m)], lines);
    }

    [Fact]
    public void A_new_grid_never_changes_a_grant_decided_with_the_earlier_one()
    {
        var first = Grid(1, new DateOnly(2025, 1, 1), 815m);
        var second = Grid(2, new DateOnly(2026, 6, 1), 900m);
        var grids = new[] { first, second };

        var decidedBefore = RteGrant.Decide(Tera, Member(), RteGrid.InForce(grids, 7, new DateOnly(2026, 1, 1)), Input(), [], null);
        var decidedAfter = RteGrant.Decide(Tera, Member(), RteGrid.InForce(grids, 7, new DateOnly(2027, 1, 1)), Input(i => i.StartsOn = new DateOnly(2027, 1, 1)), [], null);

        Assert.Equal(1, decidedBefore.GridNumber);
        Assert.Equal(865m, decidedBefore.MonthlyAmount);
        Assert.Equal(865m, decidedBefore.AmountFor(new DateOnly(2026, 8, 1)));
        Assert.Equal(2, decidedAfter.GridNumber);
        Assert.Equal(950m, decidedAfter.MonthlyAmount);
        Assert.Null(RteGrid.InForce(grids, 7, new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void A_holder_must_be_a_member_on_the_start_date()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            RteGrant.Decide(Tera, Member(joined: new DateOnly(2026, 2, 1)), Grid(1, new DateOnly(2025, 1, 1), 815m), Input(), [], null));
        Assert.Contains("memberId", error.Errors.Keys);
        Assert.Contains("sociétaire", error.Errors["memberId"][0]);

        var member = Member();
        member.LeftOn = new DateOnly(2025, 12, 31);
        Assert.Throws<ValidationFailedException>(() => RteGrant.Decide(Tera, member, Grid(1, new DateOnly(2025, 1, 1), 815m), Input(), [], null));
    }

    [Fact]
    public void Combining_with_the_rsa_needs_the_grids_convention_and_stays_within_its_hours()
    {
        var capped = Grid(1, new DateOnly(2025, 1, 1), 815m, rsaCap: 300);
        Assert.Equal(300, RteGrant.Decide(Tera, Member(), capped, Input(i => i.RsaHoursPerYear = 300), [], null).RsaHoursPerYear);

        var over = Assert.Throws<ValidationFailedException>(() => RteGrant.Decide(Tera, Member(), capped, Input(i => i.RsaHoursPerYear = 301), [], null));
        Assert.Contains("300 heures", over.Errors["rsaHoursPerYear"][0]);
        var none = Assert.Throws<ValidationFailedException>(() =>
            RteGrant.Decide(Tera, Member(), Grid(1, new DateOnly(2025, 1, 1), 815m, rsaCap: null), Input(i => i.RsaHoursPerYear = 100), [], null));
        Assert.Contains("convention", none.Errors["rsaHoursPerYear"][0]);
    }

    [Fact]
    public void An_ebe_employee_tries_an_rte_only_on_a_suspended_contract_and_within_the_suspension()
    {
        var grid = Grid(1, new DateOnly(2025, 1, 1), 815m);
        var working = Assert.Throws<ValidationFailedException>(() =>
            RteGrant.Decide(Tera, Member(), grid, Input(), [], new EbeContractAtStart("La Barakajobs", Suspended: false, null)));
        Assert.Contains("suspendu", working.Errors["memberId"][0]);

        var tooLong = Assert.Throws<ValidationFailedException>(() =>
            RteGrant.Decide(Tera, Member(), grid, Input(), [], new EbeContractAtStart("La Barakajobs", Suspended: true, new DateOnly(2026, 6, 30))));
        Assert.Contains("reprend le 01/07/2026", tooLong.Errors["months"][0]);

        var trial = RteGrant.Decide(Tera, Member(), grid, Input(i => i.Months = 6), [], new EbeContractAtStart("La Barakajobs", Suspended: true, new DateOnly(2026, 6, 30)));
        Assert.Equal(new DateOnly(2026, 6, 30), trial.EndsOn);
    }

    [Fact]
    public void An_investment_is_capped_by_the_grid_and_its_instalments_add_up_to_the_amount_to_the_cent()
    {
        var grid = Grid(1, new DateOnly(2025, 1, 1), 815m);
        var bike = RteGrant.Decide(Tera, Member(), grid, Input(i => { i.Kind = GrantKind.Investment; i.Amount = 2_500m; i.Months = 7; }), [], null);

        var instalments = Enumerable.Range(0, 7).Select(m => bike.AmountFor(bike.StartsOn.AddMonths(m))).ToList();
        Assert.Equal(2_500m, instalments.Sum());
        Assert.All(instalments, i => Assert.InRange(i, 357.14m, 357.15m));
        Assert.Equal(0m, bike.AmountFor(bike.StartsOn.AddMonths(7)));

        var tooMuch = Assert.Throws<ValidationFailedException>(() =>
            RteGrant.Decide(Tera, Member(), grid, Input(i => { i.Kind = GrantKind.Investment; i.Amount = 3_000.01m; }), [], null));
        Assert.Contains("3 000,00", tooMuch.Errors["amount"][0].Replace('\u202f', ' ').Replace('\u00a0', ' '));
    }

    [Fact]
    public void Two_income_complements_never_overlap_and_an_early_end_stops_the_payments()
    {
        var grid = Grid(1, new DateOnly(2025, 1, 1), 815m);
        var first = RteGrant.Decide(Tera, Member(), grid, Input(), [], null);
        Assert.Throws<ValidationFailedException>(() => RteGrant.Decide(Tera, Member(), grid, Input(i => i.StartsOn = new DateOnly(2026, 11, 1)), [first], null));

        first.End(new DateOnly(2026, 4, 10), GrantEndReason.Job);

        Assert.Equal(865m, first.AmountFor(new DateOnly(2026, 4, 1)));
        Assert.Equal(0m, first.AmountFor(new DateOnly(2026, 5, 1)));
        Assert.Equal(2, first.MonthsLeftOn(new DateOnly(2026, 3, 20)));
        Assert.Throws<BusinessRuleException>(() => first.End(new DateOnly(2026, 5, 1), GrantEndReason.Other));
    }

    [Fact]
    public void A_local_currency_share_needs_a_cte_that_has_one()
    {
        var euroOnly = new Cte { OrganisationId = 7 };

        var error = Assert.Throws<ValidationFailedException>(() => RteGrant.Decide(euroOnly, Member(), Grid(1, new DateOnly(2025, 1, 1), 815m), Input(), [], null));

        Assert.Contains("localCurrencyShare", error.Errors.Keys);
    }

    [Fact]
    public void A_grids_income_ceilings_rise_and_only_its_last_line_is_open()
    {
        var error = Assert.Throws<ValidationFailedException>(() => RteGrid.Adopt(7, 1, new RteGridInput
        {
            ValidFrom = new DateOnly(2026, 1, 1),
            Rows = [new() { Household = Household.Alone, MonthlyAmount = 800m }, new() { Household = Household.Alone, OtherIncomeUpTo = 500m, MonthlyAmount = 500m }],
            Source = "AG",
        }));

        Assert.Contains("rows", error.Errors.Keys);
    }
}
