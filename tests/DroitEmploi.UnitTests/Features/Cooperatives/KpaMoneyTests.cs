using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Cooperatives;

namespace DroitEmploi.UnitTests.Features.Cooperatives;

public class KpaMoneyTests
{
    /// <summary>Optéos' published table: 11.5 % up to 30 k€, then 10.5, 9.5, 8.5, 7.5 % by 30 k€; training 12 % up to 20 k€, then 11.5, 11, 10, 9 % by 20 k€.</summary>
    private static ContributionSchedule Opteos(ContributionMode mode, decimal fee = 0m) => new()
    {
        PortageId = 1,
        ValidFrom = new DateOnly(2024, 1, 1),
        Mode = mode,
        Brackets = Brackets(30_000m, 0.115m, 0.105m, 0.095m, 0.085m, 0.075m),
        TrainingBrackets = Brackets(20_000m, 0.12m, 0.115m, 0.11m, 0.10m, 0.09m),
        MonthlyFee = fee,
        FeeWaivedOnMinimumIncome = true,
    };

    private static List<ContributionBracket> Brackets(decimal width, params decimal[] rates) =>
        rates.Select((rate, i) => new ContributionBracket { UpTo = i == rates.Length - 1 ? null : width * (i + 1), Rate = rate }).ToList();

    [Fact]
    public void On_45000_euros_of_margin_the_two_modes_give_different_amounts_each_checkable_by_hand()
    {
        // Slices: 30,000 × 11.5 % + 15,000 × 10.5 % = 3,450 + 1,575.
        Assert.Equal(5_025m, Opteos(ContributionMode.Slice).OnCumulative(45_000m, training: false));
        // Whole: the bracket reached (10.5 %) on all of it.
        Assert.Equal(4_725m, Opteos(ContributionMode.Whole).OnCumulative(45_000m, training: false));
        // Training: 20,000 × 12 % + 20,000 × 11.5 % + 5,000 × 11 % = 2,400 + 2,300 + 550.
        Assert.Equal(5_250m, Opteos(ContributionMode.Slice).OnCumulative(45_000m, training: true));
        Assert.Equal(0m, Opteos(ContributionMode.Slice).OnCumulative(-1_200m, training: false));
        // Beyond the last ceiling the open bracket applies: 4 × 30,000 slices then 10,000 at 7.5 %.
        Assert.Equal(3_450m + 3_150m + 2_850m + 2_550m + 750m, Opteos(ContributionMode.Slice).OnCumulative(130_000m, training: false));
    }

    [Fact]
    public void The_months_of_a_year_add_up_to_the_contribution_on_the_years_margin_to_the_cent()
    {
        var schedule = Opteos(ContributionMode.Slice);
        decimal[] margins = [2_345.67m, 8_000m, 12_500.01m, 9_999.99m, 7_777.77m, 4_321.09m];
        var before = 0m;
        var months = 0m;
        foreach (var margin in margins)
        {
            months += schedule.ForMonth(before, margin, training: false);
            before += margin;
        }
        Assert.Equal(Math.Round(schedule.OnCumulative(before, training: false), 2, MidpointRounding.AwayFromZero), months);
        // The month that crosses 30 k€ pays 11.5 % below the line and 10.5 % above it.
        Assert.Equal(Math.Round(1_000m * 0.115m + 500m * 0.105m, 2), schedule.ForMonth(29_000m, 1_500m, training: false));
    }

    [Fact]
    public void The_fixed_fee_is_waived_for_a_cooperant_on_a_social_minimum_when_the_schedule_says_so()
    {
        var schedule = Opteos(ContributionMode.Slice, fee: 30m);
        Assert.Equal(30m, schedule.FeeFor(onMinimumIncome: false));
        Assert.Equal(0m, schedule.FeeFor(onMinimumIncome: true));
        schedule.FeeWaivedOnMinimumIncome = false;
        Assert.Equal(30m, schedule.FeeFor(onMinimumIncome: true));
    }

    [Fact]
    public void Brackets_must_rise_and_only_the_last_may_be_open()
    {
        var input = new ContributionScheduleInput
        {
            ValidFrom = new DateOnly(2026, 1, 1),
            Brackets = [new() { UpTo = 30_000m, Rate = 0.1m }, new() { UpTo = 20_000m, Rate = 0.09m }],
            Source = "test",
        };
        Assert.True(Assert.Throws<ValidationFailedException>(() => ContributionSchedule.Create(1, input)).Errors.ContainsKey("brackets"));
        input.Brackets = [new() { UpTo = null, Rate = 0.1m }, new() { UpTo = 20_000m, Rate = 0.09m }];
        Assert.Throws<ValidationFailedException>(() => ContributionSchedule.Create(1, input));
    }

    [Fact]
    public void The_schedule_in_force_is_the_latest_started_on_or_before_the_date()
    {
        var old = Opteos(ContributionMode.Slice);
        var newer = Opteos(ContributionMode.Whole);
        newer.ValidFrom = new DateOnly(2026, 7, 1);
        Assert.Same(old, ContributionSchedule.InForce([old, newer], 1, new DateOnly(2026, 6, 30)));
        Assert.Same(newer, ContributionSchedule.InForce([old, newer], 1, new DateOnly(2026, 7, 1)));
        Assert.Null(ContributionSchedule.InForce([old, newer], 2, new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void Splitting_gives_parts_that_add_up_exactly_the_last_cents_to_the_largest_remainders()
    {
        var parts = Apportionment.Split(100m, [(1, 1m), (2, 1m), (3, 1m)]);
        Assert.Equal(100m, parts.Values.Sum());
        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Values);
        var negative = Apportionment.Split(-10m, [(1, 2m), (2, 1m)]);
        Assert.Equal((-6.67m, -3.33m), (negative[1], negative[2]));
        Assert.All(Apportionment.Split(50m, [(1, 0m), (2, 0m)]).Values, v => Assert.Equal(0m, v));
    }

    private static LedgerLine Line(LedgerLineKind kind, DateOnly on, decimal amount, int? by = null) =>
        new() { KpaId = 9, Kind = kind, On = on, Amount = amount, RealisedById = by };

    [Fact]
    public void The_months_result_is_shared_by_the_turnover_each_realised_after_the_contribution()
    {
        var march = new DateOnly(2026, 3, 1);
        var lines = new List<LedgerLine>
        {
            Line(LedgerLineKind.Turnover, new DateOnly(2026, 2, 10), 29_000m, 1),
            Line(LedgerLineKind.Turnover, new DateOnly(2026, 3, 5), 1_200m, 1),
            Line(LedgerLineKind.Turnover, new DateOnly(2026, 3, 12), 600m, 2),
            Line(LedgerLineKind.DirectCost, new DateOnly(2026, 3, 20), -300m),
        };
        MonthlySharing.Member[] members = [new(1, "Malik", false), new(2, "Nadia", true), new(3, "Rachid", false)];
        var statement = MonthlySharing.Compute(9, march, SharingRule.ByTurnover, lines, Opteos(ContributionMode.Slice, fee: 10m), members);

        Assert.Equal((1_800m, 300m, 1_500m), (statement.Turnover, statement.DirectCosts, statement.GrossMargin));
        // 29,000 € before March: 1,000 € at 11.5 % then 500 € at 10.5 %; the fee for two (Nadia's is waived).
        Assert.Equal(167.50m, statement.Contribution);
        Assert.Equal(20m, statement.Fees);
        Assert.Equal(1_312.50m, statement.Result);
        // Shared by turnover: 1,200 / 1,800 and 600 / 1,800; Rachid realised nothing this month.
        Assert.Equal([875m, 437.50m, 0m], statement.Lines.Select(l => l.Share));
        Assert.Equal(statement.Result, statement.Shared);
    }

    [Fact]
    public void Retributions_split_a_common_budget_by_hours_and_a_loss_is_never_shared()
    {
        var may = new DateOnly(2026, 5, 1);
        MonthlySharing.Member[] members = [new(1, "A", false), new(2, "B", false), new(3, "C", false)];
        var byHours = MonthlySharing.Compute(9, may, SharingRule.ByHours, [Line(LedgerLineKind.Turnover, may, 900m, 1)], null, members,
            hours: new Dictionary<int, decimal> { [1] = 10m, [2] = 20m, [3] = 0m }, budget: 600m);
        Assert.Equal([400m, 200m, 0m], byHours.Lines.Select(l => l.Share));

        var loss = MonthlySharing.Compute(9, may, SharingRule.ByTurnover, [Line(LedgerLineKind.Turnover, may, 100m, 1), Line(LedgerLineKind.DirectCost, may, -400m)], null, members);
        Assert.Equal(-300m, loss.Result);
        Assert.All(loss.Lines, l => Assert.Equal(0m, l.Share));
    }

    [Fact]
    public void A_pay_request_after_the_cut_off_goes_to_the_next_month_and_stays_within_the_balance_unless_an_advance_is_decided()
    {
        Assert.Equal(new DateOnly(2026, 3, 1), PayRequest.MonthFor(new DateOnly(2026, 3, 20), cutOffDay: 20));
        Assert.Equal(new DateOnly(2026, 4, 1), PayRequest.MonthFor(new DateOnly(2026, 3, 21), cutOffDay: 20));
        Assert.Equal(new DateOnly(2027, 1, 1), PayRequest.MonthFor(new DateOnly(2026, 12, 28), cutOffDay: 20));

        var request = PayRequest.Ask(9, 1, new PayRequestInput { Amount = 400m }, new DateOnly(2026, 3, 18), 20);
        Assert.Equal(new DateOnly(2026, 3, 1), request.Month);
        // The referent submits it late: it is paid in April.
        request.Submit(new DateOnly(2026, 3, 22), 20);
        Assert.Equal((PayRequestStatus.Submitted, new DateOnly(2026, 4, 1)), (request.Status, request.Month));
        Assert.Throws<BusinessRuleException>(() => request.Submit(new DateOnly(2026, 3, 23), 20));
        var over = Assert.Throws<BusinessRuleException>(() => request.Validate(available: 350m, new DateOnly(2026, 3, 25), "cae"));
        Assert.Contains("aucune décision collective", over.Message);
        request.Validate(available: 400m, new DateOnly(2026, 3, 25), "cae");
        Assert.Equal(PayRequestStatus.Validated, request.Status);

        var advance = PayRequest.Ask(9, 1, new PayRequestInput { Amount = 500m, AdvanceDecision = "Réunion du collectif du 2 mars 2026 : avance pour l'achat d'une tondeuse" }, new DateOnly(2026, 3, 2), 20);
        advance.Submit(new DateOnly(2026, 3, 3), 20);
        advance.Validate(available: 0m, new DateOnly(2026, 3, 4), "cae");
        Assert.Equal(PayRequestStatus.Validated, advance.Status);

        var refused = PayRequest.Ask(9, 1, new PayRequestInput { Amount = 50m }, new DateOnly(2026, 3, 2), 20);
        Assert.Throws<BusinessRuleException>(() => refused.Reject("x", new DateOnly(2026, 3, 3), "cae"));
        refused.Submit(new DateOnly(2026, 3, 3), 20);
        Assert.True(Assert.Throws<ValidationFailedException>(() => refused.Reject(" ", new DateOnly(2026, 3, 3), "cae")).Errors.ContainsKey("reason"));
        refused.Reject("Facture du client pas encore encaissée", new DateOnly(2026, 3, 3), "cae");
        Assert.Equal(PayRequestStatus.Rejected, refused.Status);
    }
}
