using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.UnitTests.Features.Employment;

public class EmploymentContractTests
{
    private const decimal Smic = 12.02m;

    private static EmploymentContract Contract() => new() { StartDate = new DateOnly(2026, 1, 5), WeeklyHours = 24, HourlyWage = 12.50m };

    [Fact]
    public void An_amendment_keeps_the_wage_unless_given_and_never_goes_under_the_smic()
    {
        var contract = Contract();
        var kept = contract.Amend(new DateOnly(2026, 3, 1), 30, null, Smic, "  plus d'heures ", "direction");
        Assert.Equal((30m, 12.50m, "plus d'heures", "direction"), (kept.WeeklyHours, kept.HourlyWage, kept.Note, kept.By));

        // The SMIC rose above the wage: the wage follows it.
        var raised = contract.Amend(new DateOnly(2026, 6, 1), 30, null, 12.80m, null, "direction");
        Assert.Equal(12.80m, raised.HourlyWage);

        var error = Assert.Throws<ValidationFailedException>(() => contract.Amend(new DateOnly(2026, 9, 1), 30, 11.00m, Smic, null, "direction"));
        Assert.Contains("inférieur au SMIC", error.Errors["hourlyWage"][0], StringComparison.Ordinal);
        Assert.Equal(2, contract.Amendments.Count);
    }

    [Theory]
    [InlineData("2026-01-05")] // the start itself
    [InlineData("2025-12-01")]
    public void An_amendment_takes_effect_after_the_start(string from)
    {
        var error = Assert.Throws<ValidationFailedException>(() => Contract().Amend(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), 30, null, Smic, null, "x"));
        Assert.True(error.Errors.ContainsKey("effectiveFrom"));
    }

    [Fact]
    public void One_amendment_a_date_and_none_after_the_exit()
    {
        var contract = Contract();
        contract.Amend(new DateOnly(2026, 3, 1), 30, null, Smic, null, "x");
        Assert.Throws<ValidationFailedException>(() => contract.Amend(new DateOnly(2026, 3, 1), 28, null, Smic, null, "x"));
        contract.Exit(new DateOnly(2026, 6, 30), ExitReason.Training, null);
        Assert.Throws<ValidationFailedException>(() => contract.Amend(new DateOnly(2026, 7, 1), 28, null, Smic, null, "x"));
        // The exit day itself may still carry an amendment.
        contract.Amend(new DateOnly(2026, 6, 30), 28, null, Smic, null, "x");
    }

    [Fact]
    public void Suspensions_stay_within_the_contract_and_never_overlap()
    {
        var contract = Contract();
        contract.Suspend(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), SuspensionReason.TrialJobElsewhere, null, "x");
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 10), SuspensionReason.Training, null, "x"));
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 1, 4), new DateOnly(2026, 1, 10), SuspensionReason.Training, null, "x"));
        var end = Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 9), SuspensionReason.Training, null, "x"));
        Assert.True(end.Errors.ContainsKey("end"));
        contract.Suspend(new DateOnly(2026, 3, 1), null, SuspensionReason.Training, null, "x");
        // An open suspension blocks any later one until it ends.
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), SuspensionReason.Other, null, "x"));
        Assert.Equal(2, contract.Suspensions.Count);
    }

    [Fact]
    public void Ending_a_suspension_is_checked_like_starting_one()
    {
        var contract = Contract();
        var first = contract.Suspend(new DateOnly(2026, 2, 1), null, SuspensionReason.Training, null, "x");
        first.Id = 7;
        Assert.Throws<NotFoundException>(() => contract.EndSuspension(8, new DateOnly(2026, 2, 10)));
        Assert.Throws<ValidationFailedException>(() => contract.EndSuspension(7, new DateOnly(2026, 1, 31)));
        contract.EndSuspension(7, new DateOnly(2026, 2, 10));
        Assert.Equal(new DateOnly(2026, 2, 10), first.End);
    }

    [Fact]
    public void The_exit_happens_once_not_before_the_start_nor_before_a_later_change_and_closes_open_suspensions()
    {
        var contract = Contract();
        Assert.Throws<ValidationFailedException>(() => contract.Exit(new DateOnly(2026, 1, 4), ExitReason.Other, null));
        contract.Amend(new DateOnly(2026, 5, 1), 30, null, Smic, null, "x");
        Assert.Throws<ValidationFailedException>(() => contract.Exit(new DateOnly(2026, 4, 30), ExitReason.Other, null));
        var open = contract.Suspend(new DateOnly(2026, 6, 1), null, SuspensionReason.TrialJobElsewhere, null, "x");
        var later = contract.Suspend(new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 20), SuspensionReason.Training, null, "x");

        contract.Exit(new DateOnly(2026, 6, 15), ExitReason.JobElsewhereCdi, " embauché ");

        Assert.Equal((new DateOnly(2026, 6, 15), ExitReason.JobElsewhereCdi, "embauché"), (contract.ExitDate!.Value, contract.ExitReason!.Value, contract.ExitNote));
        Assert.Equal(new DateOnly(2026, 6, 15), open.End);
        Assert.Equal(new DateOnly(2026, 5, 20), later.End);
        Assert.Throws<BusinessRuleException>(() => contract.Exit(new DateOnly(2026, 6, 20), ExitReason.Other, null));
    }

    [Fact]
    public void An_amendment_without_a_wage_takes_the_wage_in_force_the_day_before_it()
    {
        var contract = Contract();
        contract.Amend(new DateOnly(2026, 3, 2), 30, 14.00m, Smic, null, "x");
        // Inserted before an existing amendment: the wage of 1 March is the contract's, not the later one's.
        var earlier = contract.Amend(new DateOnly(2026, 3, 1), 28, null, Smic, null, "x");
        Assert.Equal(12.50m, earlier.HourlyWage);
    }

    [Fact]
    public void The_days_read_from_a_contract_follow_its_amendments_in_date_order_whatever_their_entry_order()
    {
        var contract = Contract();
        contract.Amendments.Add(new ContractAmendment { EffectiveFrom = new DateOnly(2026, 6, 1), WeeklyHours = 30, HourlyWage = 13m });
        contract.Amendments.Add(new ContractAmendment { EffectiveFrom = new DateOnly(2026, 3, 1), WeeklyHours = 20, HourlyWage = 12.5m });
        var facts = ContractFacts.Of(contract);
        Assert.Equal(24m, facts.On(new DateOnly(2026, 2, 28)).WeeklyHours);
        Assert.Equal(20m, facts.On(new DateOnly(2026, 4, 15)).WeeklyHours);
        Assert.Equal((30m, 13m), (facts.On(new DateOnly(2026, 7, 1)).WeeklyHours, facts.On(new DateOnly(2026, 7, 1)).HourlyWage));
    }

    [Fact]
    public void Outside_its_dates_a_contract_neither_holds_nor_suspends()
    {
        var contract = Contract();
        contract.Suspend(new DateOnly(2026, 1, 5), null, SuspensionReason.Training, null, "x");
        var before = ContractFacts.Of(contract).On(new DateOnly(2026, 1, 4));
        Assert.Equal(new ContractDay(false, false, 0, 0), before);
        var first = ContractFacts.Of(contract).On(new DateOnly(2026, 1, 5));
        Assert.Equal((true, true, false), (first.UnderContract, first.Suspended, first.Working));
    }

    [Fact]
    public void Boundaries_a_suspension_may_start_on_the_hire_day_and_last_one_day_and_touching_ones_overlap()
    {
        var contract = Contract();
        contract.Suspend(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), SuspensionReason.Training, null, "x");
        // Ending the day another starts: they share a day.
        contract.Suspend(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 12), SuspensionReason.Training, null, "x");
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10), SuspensionReason.Training, null, "x"));
        var touching = Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 9), SuspensionReason.Training, null, "x"));
        Assert.Contains("chevauche", touching.Errors["start"][0], StringComparison.Ordinal);
        contract.Suspend(new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 9), SuspensionReason.Training, null, "x");
        Assert.Equal(3, contract.Suspensions.Count);
    }

    [Fact]
    public void After_the_exit_no_suspension_may_start_or_stay_open()
    {
        var contract = Contract();
        contract.Exit(new DateOnly(2026, 6, 30), ExitReason.Training, null);
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2), SuspensionReason.Other, null, "x"));
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 6, 1), null, SuspensionReason.Other, null, "x"));
        Assert.Throws<ValidationFailedException>(() => contract.Suspend(new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1), SuspensionReason.Other, null, "x"));
        contract.Suspend(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 29), SuspensionReason.Other, null, "x");
        // The exit day itself may still be suspended.
        contract.Suspend(new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30), SuspensionReason.Other, null, "x");
        Assert.Equal(2, contract.Suspensions.Count);
    }

    [Fact]
    public void The_exit_may_fall_on_the_hire_day_or_on_the_day_of_the_last_change()
    {
        var sameDay = Contract();
        sameDay.Exit(new DateOnly(2026, 1, 5), ExitReason.Other, null);
        Assert.Equal(new DateOnly(2026, 1, 5), sameDay.ExitDate);

        var changed = Contract();
        changed.Amend(new DateOnly(2026, 3, 1), 30, null, Smic, null, "x");
        changed.Suspend(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10), SuspensionReason.Training, null, "x");
        Assert.Throws<ValidationFailedException>(() => changed.Exit(new DateOnly(2026, 3, 31), ExitReason.Other, null));
        changed.Exit(new DateOnly(2026, 4, 1), ExitReason.Other, null);
        Assert.Equal(new DateOnly(2026, 4, 1), changed.Suspensions[0].End);

        var amendedThatDay = Contract();
        amendedThatDay.Amend(new DateOnly(2026, 3, 1), 30, null, Smic, null, "x");
        amendedThatDay.Exit(new DateOnly(2026, 3, 1), ExitReason.Other, null);
        Assert.Equal(new DateOnly(2026, 3, 1), amendedThatDay.ExitDate);
    }

    [Fact]
    public void A_wage_at_the_smic_is_allowed_and_one_cent_under_is_not()
    {
        EmploymentContract.EnsureAtLeastSmic(Smic, Smic, new DateOnly(2026, 1, 1));
        Assert.Throws<ValidationFailedException>(() => EmploymentContract.EnsureAtLeastSmic(Smic - 0.01m, Smic, new DateOnly(2026, 1, 1)));
    }
}
